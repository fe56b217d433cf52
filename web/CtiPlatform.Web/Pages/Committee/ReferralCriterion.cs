namespace CtiPlatform.Web.Pages.Committee;

public sealed record ReferralCriterion(string CriterionLabel, bool Met, string Justification);
