using CtiPlatform.Referrals.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

public sealed class DomainIndependenceTests
{
    [Fact]
    public void The_domain_uses_no_infrastructure_types() => DomainPurity.AssertNoInfrastructureIn(typeof(Referral).Assembly, typeof(Referral).Namespace!);
}
