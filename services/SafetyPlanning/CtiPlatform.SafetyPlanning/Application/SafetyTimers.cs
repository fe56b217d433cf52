using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.SafetyPlanning.Consumers;
using MassTransit;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>
/// Arms and cancels the service's durable timers: rows of its own outbox due at the start of a Danish date, delivered to
/// its own queue even when that moment passes while the service is down.
/// </summary>
internal sealed class SafetyTimers(IOutbox outbox, TimeProvider time)
{
    /// <summary>Arms a timer for the start of <paramref name="dueOn"/>, or at once when that has passed.</summary>
    public Guid Arm(Guid courseId, string tenantId, SafetyTimerKind kind, DateOnly subjectDate, DateOnly dueOn)
    {
        var at = CopenhagenCalendar.StartOf(dueOn);
        var now = time.GetUtcNow();
        return outbox.Schedule(
            SafetyTimerDueConsumerDefinition.Address, at > now ? at : now,
            new SafetyTimerDue { CourseId = courseId, TenantId = tenantId, Kind = kind, SubjectDate = subjectDate }, NewId.NextGuid());
    }

    public async Task CancelAsync(Guid? tokenId, CancellationToken ct)
    {
        if (tokenId is { } token)
        {
            await outbox.CancelScheduledAsync(token, ct);
        }
    }
}
