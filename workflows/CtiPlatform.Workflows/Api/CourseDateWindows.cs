using CtiPlatform.ServiceDefaults.Problems;

namespace CtiPlatform.Workflows.Api;

/// <summary>The dates the courses API accepts, around today in Denmark (docs/decisions/410-date-input-ranges.md).</summary>
internal static class CourseDateWindows
{
    /// <summary>As at referral: up to a year past (a late correction) and two years ahead.</summary>
    public static readonly DateWindow ExpectedMoveOut = new(DaysBefore: 365, DaysAfter: 730);

    /// <summary>A move-in registered up to a year late; a future one passes here and is refused by the course (MoveInInTheFuture).</summary>
    public static readonly DateWindow MoveIn = new(DaysBefore: 365, DaysAfter: 365);

    /// <summary>An early end registered up to a year late; a future one passes here and is refused by the course (EndInTheFuture).</summary>
    public static readonly DateWindow EndedOn = new(DaysBefore: 365, DaysAfter: 365);
}
