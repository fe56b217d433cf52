using CtiPlatform.Persistence.Protection;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>
/// At every start, publishes again the fingerprints of each listed never-contact person last published under another
/// contact-matching key than the ring's current one, in batches per municipality, so the consumers hold them under the
/// new key before an old one leaves the rings (decision 033, docs/personal-data-keys.md). Replicas that start together
/// may publish a person twice, which is harmless: consumers keep the latest state per person.
/// </summary>
internal sealed class NeverContactRepublishJob(
    IServiceScopeFactory scopes, IOptions<TenantOptions> tenants, IOptions<ContactMatchingOptions> ring, ILogger<NeverContactRepublishJob> logger)
    : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var tenant in tenants.Value.Tenants)
        {
            var republished = 0;
            while (true)
            {
                try
                {
                    var batch = await RepublishBatchAsync(tenant.Id, stoppingToken);
                    republished += batch;
                    if (batch < BatchSize)
                    {
                        break;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The database is away: the batch rolled back, and is tried again.
                    logger.LogWarning(exception, "Republishing never-contact fingerprints of tenant {TenantId} failed; retrying in {Backoff}", tenant.Id, FailureBackoff);
                    await Task.Delay(FailureBackoff, stoppingToken);
                }
            }

            if (republished > 0)
            {
                logger.LogInformation(
                    "Republished the fingerprints of {Count} never-contact people of tenant {TenantId} under contact-matching key {KeyId}",
                    republished, tenant.Id, ring.Value.CurrentKeyId);
            }
        }
    }

    private async Task<int> RepublishBatchAsync(string tenantId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, nameof(NeverContactRepublishJob));
        var db = scope.ServiceProvider.GetRequiredService<SafetyPlanningDbContext>();
        var list = scope.ServiceProvider.GetRequiredService<NeverContactList>();
        var current = ring.Value.CurrentKeyId;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var people = await db.NeverContactPeople
            .Where(p => p.RemovedAt == null && (p.FingerprintKeyId == null || p.FingerprintKeyId != current))
            .OrderBy(p => p.Id).Take(BatchSize).ToListAsync(ct);
        var republished = people.Count(list.Republish);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return republished;
    }
}
