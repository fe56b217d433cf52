namespace CtiPlatform.Contracts.Courses;

/// <summary>The contact period (kontaktskabelsesperiode) of a course began. The course id is the referral id.</summary>
public sealed record ContactPeriodStarted
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    public required DateOnly StartDate { get; init; }
}
