using System.Text.Json;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// Encrypts and decrypts the referral's personal data beyond the woman herself: her children (with her and with their father), the criteria
/// justifications (free text about her situation) and the shelter contact, each for its own cell of the row.
/// </summary>
internal static class ReferralProtection
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One list of children as one value, for its cell: <see cref="ReferralCells.Children"/> or <see cref="ReferralCells.ChildrenWithFather"/>.</summary>
    public static string ProtectChildren(IEnumerable<Child> children, PersonalDataProtector protector, ProtectedCell cell) =>
        protector.Protect(JsonSerializer.Serialize(children.ToList(), Json), cell);

    public static IReadOnlyList<Child> Children(string protectedChildren, PersonalDataProtector protector, ProtectedCell cell) =>
        JsonSerializer.Deserialize<List<Child>>(protector.Unprotect(protectedChildren, cell), Json) ?? [];

    public static IEnumerable<Child> Children(IEnumerable<ChildInput>? children) => (children ?? []).Select(c => new Child(c.FirstName!, c.Age!.Value));

    /// <summary>Justifications encrypted one by one, so the domain still counts which criteria are met.</summary>
    public static IReadOnlyList<CriterionAssessment> ProtectCriteria(
        IEnumerable<CriterionInput> criteria, PersonalDataProtector protector, ReferralCells cells) =>
        criteria.Select(c => new CriterionAssessment(
            c.Criterion!.Value, c.Met!.Value,
            string.IsNullOrEmpty(c.Justification) ? "" : protector.Protect(c.Justification, cells.Justification(c.Criterion.Value)))).ToList();

    public static IReadOnlyList<CriterionInput> Criteria(
        IEnumerable<CriterionAssessment> criteria, PersonalDataProtector protector, ReferralCells cells) =>
        criteria.Select(c => new CriterionInput(
            c.Criterion, c.Met,
            c.ProtectedJustification.Length == 0 ? "" : protector.Unprotect(c.ProtectedJustification, cells.Justification(c.Criterion)))).ToList();
}
