using CtiPlatform.ServiceDefaults.Problems;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The dates the meetings API accepts, around today in Denmark (as decision 410; the bounds are our own).</summary>
internal static class MeetingDateWindows
{
    /// <summary>A meeting up to a year ahead; a time already passed is refused by the meeting (MeetingInThePast).</summary>
    public static readonly DateWindow Meeting = new(DaysBefore: 1, DaysAfter: 365);

    /// <summary>A contact registered up to a year late; a future one is refused by the contact (ContactInTheFuture).</summary>
    public static readonly DateWindow Contact = new(DaysBefore: 365, DaysAfter: 1);

    /// <summary>The longest meeting or contact we take, in minutes (a working day and more).</summary>
    public const int MaxMinutes = 600;

    /// <summary>The hard bound on a note; each municipality's own limit is a refusal (NotesTooLong).</summary>
    public const int MaxNotes = 4000;
}
