using System.Reflection;
using CtiPlatform.Contracts.Referrals;

namespace CtiPlatform.Referrals.Tests;

public sealed class ContractTenantTests
{
    /// <summary>
    /// Consumers compare the tenant header with the body's <c>TenantId</c> (decision 211); a contract without one
    /// would be trusted on its header alone. A type that is only a part of messages (a fingerprint inside a listing)
    /// travels inside a message that names it.
    /// </summary>
    [Fact]
    public void Every_contract_names_its_municipality_in_the_body()
    {
        var types = typeof(ReferralApproved).Assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        var parts = types.SelectMany(t => t.GetProperties()).Select(p => p.PropertyType)
            .SelectMany(t => t.IsGenericType ? t.GetGenericArguments() : [t]).ToHashSet();
        var contracts = types.Where(t => !parts.Contains(t)).ToList();

        Assert.NotEmpty(contracts);
        Assert.All(contracts, contract =>
            Assert.True(contract.GetProperty("TenantId", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(string),
                $"{contract.FullName} has no string TenantId"));
    }
}
