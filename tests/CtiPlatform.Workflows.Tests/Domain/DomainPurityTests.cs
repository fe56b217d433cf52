using CtiPlatform.Testing;
using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Tests.Domain;

public sealed class DomainPurityTests
{
    [Fact]
    public void The_domain_uses_no_infrastructure_types() => DomainPurity.AssertNoInfrastructureIn(typeof(Course).Assembly, typeof(Course).Namespace!);
}
