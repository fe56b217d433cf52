using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Notifications.Deliveries;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Notifications.Sidecar;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// Hands an SMS to her to the sidecar at most once (docs/decisions/703-sms-to-her-at-most-once.md). First, in a
/// transaction of its own that commits before the call, it locks her course's row, checks that nothing holds messages to
/// her (closed, contact stopped, paused, her number on her never-contact list) and claims the delivery (<see cref="DeliveryState.Sending"/>); a delivery found
/// claimed without an outcome is a host that died mid-send and becomes uncertain. Then it calls the Twilio binding with
/// only <c>toNumber</c> as metadata, and records the outcome in the consumer's unit of work: sent; a sidecar that could not
/// be reached or refused the request itself (nothing left, decision 713) tried again as for workers; anything else
/// uncertain, never sent again, and her worker told.
/// Log lines carry ids and codes only.
/// </summary>
public sealed partial class SmsSender(
    IServiceScopeFactory scopes, NotificationsDbContext db, IDaprBindings bindings, PersonalDataProtector protector, IOutbox outbox, ReminderIntake intake,
    IOptions<NotificationsOptions> options, TimeProvider time, ILogger<SmsSender> logger)
{
    public const string ToNumber = "toNumber";

    /// <summary>What the claim's own transaction decided.</summary>
    private enum Claim
    {
        Claimed,
        NotOpen,
        Held,
        FoundWithoutOutcome,
    }

    public async Task SendAsync(Delivery delivery, CancellationToken ct)
    {
        var (claim, message) = await ClaimAsync(delivery.Id, delivery.TenantId, ct);
        if (claim != Claim.Claimed)
        {
            return;
        }

        await db.Entry(delivery).ReloadAsync(ct);
        try
        {
            await bindings.CreateAsync(delivery.Binding, message!.Body, new Dictionary<string, string> { [ToNumber] = message.To }, ct);
        }
        catch (DaprBindingException e) when (e.NothingSent)
        {
            var settings = options.Value.For(delivery.TenantId);
            if (delivery.AttemptFailed(time.GetUtcNow(), e.Reason, settings.MaxDeliveryAttempts, settings.FirstRetryDelay) is { } next)
            {
                outbox.Schedule(DeliveryDueConsumerDefinition.Address, next, new DeliveryDue { DeliveryId = delivery.Id, TenantId = delivery.TenantId }, delivery.Id);
                LogRetry(delivery.Id, delivery.Attempts, e.Reason, next);
            }
            else
            {
                // Nothing reached her, and nothing will: her worker reaches her another way (decision 716).
                await TellWorkerAsync(db, intake, delivery, ReminderKind.SmsFailed, ct);
                LogFailed(delivery.Id, delivery.Attempts, e.Reason);
            }

            return;
        }
        catch (DaprBindingException e)
        {
            delivery.Uncertain(time.GetUtcNow(), e.Reason);
            await TellWorkerAsync(db, intake, delivery, ReminderKind.SmsOutcomeUncertain, ct);
            LogUncertain(delivery.Id, e.Reason);
            return;
        }

        delivery.Sent(time.GetUtcNow());
        LogSent(delivery.Id, delivery.Binding);
    }

    private async Task<(Claim Claim, SmsMessage? Message)> ClaimAsync(Guid deliveryId, string tenantId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, "consumer:" + DeliveryDueConsumerDefinition.QueueName);
        var claimDb = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await using var transaction = await claimDb.Database.BeginTransactionAsync(ct);

        // The course row first, as every writer of a stop or a listing does, so either it committed before this check
        // or it waits until this SMS is claimed.
        var courseId = await claimDb.Deliveries.Where(d => d.Id == deliveryId).Select(d => d.CourseId).SingleAsync(ct);
        var course = await claimDb.Courses.FromSql($"select * from notification_courses where course_id = {courseId} for update").SingleOrDefaultAsync(ct);
        var delivery = await claimDb.Deliveries.FromSql($"select * from deliveries where id = {deliveryId} for update").SingleAsync(ct);

        var result = Claim.Claimed;
        SmsMessage? message = null;
        if (delivery.State == DeliveryState.Sending)
        {
            delivery.Uncertain(time.GetUtcNow(), "no-outcome");
            if (course is not null)
            {
                await TellWorkerAsync(scope.ServiceProvider.GetRequiredService<ReminderIntake>(), delivery, course, ReminderKind.SmsOutcomeUncertain, ct);
            }

            LogUncertain(delivery.Id, "no-outcome");
            result = Claim.FoundWithoutOutcome;
        }
        else if (!delivery.IsOpen)
        {
            LogClosed(delivery.Id);
            result = Claim.NotOpen;
        }
        else if ((course is null ? SmsCancelReason.CourseClosed : course.SmsHeldBecause()) is { } held)
        {
            delivery.Cancel(held);
            LogHeld(delivery.Id, held);
            result = Claim.Held;
        }
        else
        {
            message = SmsMessage.FromJson(protector.Unprotect(delivery.ProtectedMessage!, NotificationCells.Message(delivery.TenantId, delivery.Id)));
            if (await scope.ServiceProvider.GetRequiredService<NeverContactNumbers>().ListedAsync(tenantId, delivery.CourseId!.Value, message.To, ct))
            {
                delivery.Cancel(SmsCancelReason.NeverContact);
                LogHeld(delivery.Id, SmsCancelReason.NeverContact);
                message = null;
                result = Claim.Held;
            }
            else
            {
                delivery.Claim();
            }
        }

        await claimDb.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (result, message);
    }

    private static async Task TellWorkerAsync(NotificationsDbContext context, ReminderIntake notices, Delivery delivery, ReminderKind kind, CancellationToken ct)
    {
        if (await context.Courses.SingleOrDefaultAsync(c => c.CourseId == delivery.CourseId, ct) is { } course)
        {
            await TellWorkerAsync(notices, delivery, course, kind, ct);
        }
    }

    /// <summary>An inbox entry (and e-mail, if she wants it) for her worker: she may check with her in person.</summary>
    private static Task TellWorkerAsync(ReminderIntake notices, Delivery delivery, NotificationCourse course, ReminderKind kind, CancellationToken ct) =>
        notices.ReceiveAsync(new Reminder(kind, course.CourseId, course.WorkerId, CopenhagenCalendar.DateAt(delivery.DueAt)), ct);

    [LoggerMessage(LogLevel.Information, "SMS delivery {DeliveryId} handed to binding {Binding}")]
    private partial void LogSent(Guid deliveryId, string binding);

    [LoggerMessage(LogLevel.Warning, "SMS delivery {DeliveryId} attempt {Attempt} did not reach the binding ({Reason}); next attempt at {NextAttemptAt}")]
    private partial void LogRetry(Guid deliveryId, int attempt, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(LogLevel.Error, "SMS delivery {DeliveryId} failed after {Attempts} attempts ({Reason})")]
    private partial void LogFailed(Guid deliveryId, int attempts, string reason);

    [LoggerMessage(LogLevel.Warning, "SMS delivery {DeliveryId} may or may not have been sent ({Reason}); it is not sent again and her worker is told")]
    private partial void LogUncertain(Guid deliveryId, string reason);

    [LoggerMessage(LogLevel.Information, "SMS delivery {DeliveryId} not sent: {Reason}")]
    private partial void LogHeld(Guid deliveryId, string reason);

    [LoggerMessage(LogLevel.Debug, "SMS delivery {DeliveryId} is no longer open; its timer is ignored")]
    private partial void LogClosed(Guid deliveryId);
}
