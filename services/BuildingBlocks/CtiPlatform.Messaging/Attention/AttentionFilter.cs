using CtiPlatform.Messaging.Tenancy;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Messaging.Attention;

/// <summary>
/// Outside redelivery and retries, so an exception reaching it is final: the message goes to the consumer's
/// <c>_error</c> queue. Before it does, the course or referral it was about is recorded as needing attention, in a
/// transaction of its own (the consumer's rolled back), so it is visible to the team lead rather than silently missing.
/// </summary>
internal sealed class AttentionFilter<TContext>(
    IServiceScopeFactory scopes, IReadOnlyList<IAttentionSubject> subjects, TimeProvider time, ILogger<AttentionFilter<TContext>> logger)
    : IFilter<ConsumeContext>
    where TContext : ServiceDbContext
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("cti-attention");

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception) when (!context.CancellationToken.IsCancellationRequested && exception is not UntrustedTenantException)
        {
            // A message whose tenant is not trusted is no municipality's course problem: recording it under the tenant its
            // body claims would let a forger fill another municipality's attention list. It goes to _error with its log line.
            await RecordAsync(context, exception);
            throw;
        }
    }

    private async Task RecordAsync(ConsumeContext context, Exception exception)
    {
        var found = subjects.Select(s => s.Of(context)).FirstOrDefault(s => s is not null);
        if (found is not { TenantId: { Length: > 0 } tenantId, SubjectId: var subjectId } || context.MessageId is not { } messageId)
        {
            return;
        }

        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "consumer";
        var messageType = context.SupportedMessageTypes.FirstOrDefault() is { } urn ? urn[(urn.LastIndexOf(':') + 1)..] : "unknown";
        var reason = exception.GetBaseException().GetType().Name;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, $"consumer:{consumer}");
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (!await db.Set<AttentionItem>().AnyAsync(a => a.MessageId == messageId && a.Consumer == consumer))
            {
                db.Add(new AttentionItem
                {
                    Id = NewId.NextGuid(),
                    TenantId = tenantId,
                    SubjectId = subjectId,
                    MessageType = messageType,
                    Consumer = consumer,
                    Reason = reason,
                    MessageId = messageId,
                    RecordedAt = time.GetUtcNow(),
                });
                await db.SaveChangesAsync();
            }

            await transaction.CommitAsync();
            logger.LogWarning("{Consumer} gave up on message {MessageId} ({MessageType}) for {SubjectId}: {Reason}; it needs attention", consumer, messageId, messageType, subjectId, reason);
        }
        catch (Exception recording)
        {
            // The message still goes to _error, where an operator finds it; this only loses the team lead's view of it.
            logger.LogError(recording, "Could not record that message {MessageId} for {SubjectId} needs attention", messageId, subjectId);
        }
    }
}
