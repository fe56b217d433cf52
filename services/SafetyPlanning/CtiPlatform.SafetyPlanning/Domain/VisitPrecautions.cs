using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// What any worker who visits her home must know before going (decision 605): visit in pairs, meet elsewhere, known
/// danger at the address, and a short note. One per course, changed in place by her worker or a team lead; the note is
/// sealed by the personal-data protector (<see cref="SealedNote"/>) since it may tell who threatens her.
/// </summary>
public sealed class VisitPrecautions : ITenantOwned
{
    private VisitPrecautions()
    {
    }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public bool VisitInPairs { get; private set; }

    public bool MeetElsewhere { get; private set; }

    public bool KnownDangerAtAddress { get; private set; }

    /// <summary>The note, sealed; null when there is none.</summary>
    public string? SealedNote { get; private set; }

    public string ChangedBy { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public static VisitPrecautions Record(Guid courseId, string tenantId) => new() { CourseId = courseId, TenantId = tenantId };

    public void Change(bool visitInPairs, bool meetElsewhere, bool knownDangerAtAddress, string? sealedNote, string by, DateTimeOffset at)
    {
        VisitInPairs = visitInPairs;
        MeetElsewhere = meetElsewhere;
        KnownDangerAtAddress = knownDangerAtAddress;
        SealedNote = sealedNote;
        ChangedBy = by;
        ChangedAt = at;
    }
}
