using System.Reflection;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Tests;

public sealed class DomainIndependenceTests
{
    [Fact]
    public void The_domain_uses_neither_ef_core_nor_masstransit()
    {
        var domainTypes = typeof(Referral).Assembly.GetTypes().Where(t => t.Namespace == typeof(Referral).Namespace);

        var offending = domainTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Select(p => p.PropertyType)
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Select(f => f.FieldType))
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .Append(t.BaseType)
                .Where(used => used?.Namespace is { } ns && (ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || ns.StartsWith("MassTransit", StringComparison.Ordinal)))
                .Select(used => $"{t.Name} uses {used}"))
            .ToList();

        Assert.Empty(offending);
        Assert.NotEmpty(domainTypes);
    }
}
