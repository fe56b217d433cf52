namespace CtiPlatform.Web.Pages.Committee;

public sealed record ReferralWoman(string Name, DateOnly DateOfBirth);
