using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.SafetyPlanning.Tests;

public sealed class DomainIndependenceTests
{
    [Fact]
    public void The_domain_uses_no_infrastructure_types() => DomainPurity.AssertNoInfrastructureIn(typeof(ProtectedAddress).Assembly, typeof(ProtectedAddress).Namespace!);
}
