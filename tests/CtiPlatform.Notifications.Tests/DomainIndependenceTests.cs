using CtiPlatform.Notifications.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

public sealed class DomainIndependenceTests
{
    [Fact]
    public void The_domain_uses_no_infrastructure_types() => DomainPurity.AssertNoInfrastructureIn(typeof(Delivery).Assembly, typeof(Delivery).Namespace!);
}
