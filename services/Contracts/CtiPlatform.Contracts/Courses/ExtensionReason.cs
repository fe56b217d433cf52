namespace CtiPlatform.Contracts.Courses;

/// <summary>
/// Why a team lead extended a course beyond the method's nine months (seed 004: "fortsat opsøger, truer eller stalker
/// kvinden"). Values are appended, never renumbered: they travel in messages.
/// </summary>
public enum ExtensionReason
{
    OngoingThreat = 0,
    HousingNotInPlace = 1,
    Health = 2,
    Other = 3,
}
