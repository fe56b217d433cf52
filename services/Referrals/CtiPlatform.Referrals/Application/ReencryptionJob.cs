using CtiPlatform.Persistence;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// At every start, re-encrypts each municipality's referrals still under an older key, in batches of
/// <c>PersistenceOptions:ReencryptionBatchSize</c>, then their action plans one at a time, while the service serves requests: old keys still decrypt meanwhile,
/// so a rotation needs no downtime. Its last log line tells the operator whether the old keys may now leave the ring.
/// Replicas that start together may rewrite a row twice, which is harmless.
/// </summary>
internal sealed class ReencryptionJob(
    IServiceScopeFactory scopes, IOptions<TenantOptions> tenants, IOptions<PersistenceOptions> options, PersonalDataProtector protector,
    ILogger<ReencryptionJob> logger) : BackgroundService
{
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource<int> finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the number of referrals left unreadable once every municipality has been gone through.</summary>
    public Task<int> Finished => finished.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReencryptOnStart)
        {
            finished.TrySetCanceled(CancellationToken.None);
            return;
        }

        var unreadable = 0;
        try
        {
            foreach (var tenant in tenants.Value.Tenants)
            {
                unreadable += await ReencryptAsync(tenant.Id, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            finished.TrySetCanceled(stoppingToken);
            return;
        }

        if (unreadable == 0)
        {
            logger.LogInformation("Re-encryption finished: all personal data is under key {KeyId}; older keys may leave the ring", protector.CurrentKeyId);
        }
        else
        {
            logger.LogError("Re-encryption finished with {Unreadable} referrals unreadable; keep every key in the ring until they are resolved", unreadable);
        }

        finished.TrySetResult(unreadable);
    }

    private async Task<int> ReencryptAsync(string tenantId, CancellationToken stoppingToken)
    {
        var batchSize = options.Value.ReencryptionBatchSize;
        return await ReencryptAsync(tenantId, "referrals", (reencryption, after) => reencryption.RewriteBatchAsync(after, batchSize, stoppingToken), stoppingToken)
            + await ReencryptAsync(tenantId, "action plans", (reencryption, after) => reencryption.RewriteActionPlanAsync(after, stoppingToken), stoppingToken);
    }

    private async Task<int> ReencryptAsync(
        string tenantId, string what, Func<ReferralReencryption, Guid?, Task<ReencryptionBatch>> rewrite, CancellationToken stoppingToken)
    {
        Guid? after = null;
        var (rewritten, unreadable) = (0, 0);
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, nameof(ReencryptionJob));
                var batch = await rewrite(scope.ServiceProvider.GetRequiredService<ReferralReencryption>(), after);
                (rewritten, unreadable) = (rewritten + batch.Rewritten, unreadable + batch.Unreadable);
                if (batch.Last is null)
                {
                    break;
                }

                after = batch.Last;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database is away: the batch rolled back, and is tried again from the same place.
                logger.LogWarning(exception, "Re-encryption of tenant {TenantId} failed; retrying in {Backoff}", tenantId, FailureBackoff);
                await Task.Delay(FailureBackoff, stoppingToken);
            }
        }

        if (rewritten + unreadable > 0)
        {
            logger.LogInformation(
                "Re-encrypted {Rewritten} {What} of tenant {TenantId} under key {KeyId}; {Unreadable} unreadable", rewritten, what, tenantId, protector.CurrentKeyId, unreadable);
        }

        return unreadable;
    }
}
