using System.Reflection;
using CtiPlatform.Contracts.Referrals;

namespace CtiPlatform.Referrals.Tests;

public sealed class ContractTenantTests
{
    /// <summary>
    /// Consumers compare the tenant header with the body's <c>TenantId</c> (decision 211); a contract without one
    /// would be trusted on its header alone.
    /// </summary>
    [Fact]
    public void Every_contract_names_its_municipality_in_the_body()
    {
        var contracts = typeof(ReferralApproved).Assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();

        Assert.NotEmpty(contracts);
        Assert.All(contracts, contract =>
            Assert.True(contract.GetProperty("TenantId", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(string),
                $"{contract.FullName} has no string TenantId"));
    }
}
