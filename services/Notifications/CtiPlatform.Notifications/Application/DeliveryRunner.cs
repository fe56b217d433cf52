using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Notifications.Deliveries;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Notifications.Sidecar;
using CtiPlatform.Persistence.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// One attempt at a due delivery: hand it to its binding, then record it sent, or failed for now with the next
/// attempt scheduled, or failed for good (docs/decisions/702-delivery-engine.md). The outcome commits with the
/// consumer's unit of work; should that commit be lost after the sidecar took the message, the redelivered timer
/// sends it again — at least once, as a worker's e-mail may be. An SMS to her goes through <see cref="SmsSender"/> instead,
/// at most once. Log lines carry ids and codes only.
/// </summary>
public sealed partial class DeliveryRunner(
    NotificationsDbContext db, IDaprBindings bindings, PersonalDataProtector protector, IOutbox outbox, IOptions<NotificationsOptions> options,
    SmsSender sms, DailyDigests digests, TimeProvider time, ILogger<DeliveryRunner> logger)
{
    public const string EmailTo = "emailTo";
    public const string Subject = "subject";

    public async Task RunAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery is { Channel: DeliveryChannel.Sms })
        {
            // Also when it is no longer open: a claim without an outcome is found there.
            await sms.SendAsync(delivery, cancellationToken);
            return;
        }

        if (delivery is { Channel: DeliveryChannel.EmailDigest })
        {
            // Taken before the row, as the taker-in takes it, so a title taken in meanwhile goes with it (decision 712).
            await digests.LockAsync(delivery.TenantId, delivery.RecipientId, cancellationToken);
        }

        if (delivery is not null && db.Database.IsNpgsql())
        {
            // The row stays locked until this attempt's outcome commits: a cancellation (her worker turned e-mail off)
            // waits for it and then wins, rather than being overwritten by an attempt that read the delivery before it.
            // The standalone host's SQLite file has one writer at a time.
            await db.Database.ExecuteSqlAsync($"select 1 from deliveries where id = {deliveryId} for update", cancellationToken);
            await db.Entry(delivery).ReloadAsync(cancellationToken);
        }

        if (delivery is not { IsOpen: true })
        {
            LogClosed(deliveryId);
            return;
        }

        var email = EmailMessage.FromJson(protector.Unprotect(delivery.ProtectedMessage!, NotificationCells.Message(delivery.TenantId, delivery.Id)));
        try
        {
            await bindings.CreateAsync(delivery.Binding, email.Body, new Dictionary<string, string> { [EmailTo] = email.To, [Subject] = email.Subject }, cancellationToken);
        }
        catch (DaprBindingException e)
        {
            var settings = options.Value.For(delivery.TenantId);
            if (delivery.AttemptFailed(time.GetUtcNow(), e.Reason, settings.MaxDeliveryAttempts, settings.FirstRetryDelay) is { } next)
            {
                outbox.Schedule(DeliveryDueConsumerDefinition.Address, next, new DeliveryDue { DeliveryId = delivery.Id, TenantId = delivery.TenantId }, delivery.Id);
                LogRetry(delivery.Id, delivery.Attempts, e.Reason, next);
            }
            else
            {
                LogFailed(delivery.Id, delivery.Attempts, e.Reason);
            }

            return;
        }

        delivery.Sent(time.GetUtcNow());
        LogSent(delivery.Id, delivery.Binding);
    }

    [LoggerMessage(LogLevel.Information, "Delivery {DeliveryId} handed to binding {Binding}")]
    private partial void LogSent(Guid deliveryId, string binding);

    [LoggerMessage(LogLevel.Warning, "Delivery {DeliveryId} attempt {Attempt} failed ({Reason}); next attempt at {NextAttemptAt}")]
    private partial void LogRetry(Guid deliveryId, int attempt, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(LogLevel.Error, "Delivery {DeliveryId} failed after {Attempts} attempts ({Reason})")]
    private partial void LogFailed(Guid deliveryId, int attempts, string reason);

    [LoggerMessage(LogLevel.Debug, "Delivery {DeliveryId} is no longer open; its timer is ignored")]
    private partial void LogClosed(Guid deliveryId);
}
