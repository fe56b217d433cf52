using CtiPlatform.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>Now and today in Denmark, from the host's <see cref="TimeProvider"/> (tests move it).</summary>
internal sealed class TrackingClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => CopenhagenCalendar.DateAt(time.GetUtcNow());
}
