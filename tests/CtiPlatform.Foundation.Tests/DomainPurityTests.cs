using CtiPlatform.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Foundation.Tests;

/// <summary>The domain check every service's tests run finds infrastructure wherever a domain type could name it.</summary>
public sealed class DomainPurityTests
{
    [Theory]
    [InlineData(typeof(InField), typeof(DbContext))]
    [InlineData(typeof(InProperty), typeof(HttpContext))]
    [InlineData(typeof(InBaseType), typeof(DbContext))]
    [InlineData(typeof(InGenericArgument), typeof(ILogger))]
    [InlineData(typeof(InParameter), typeof(IOptions<>))]
    [InlineData(typeof(InAttribute), typeof(OwnedAttribute))]
    public void Infrastructure_named_by_a_domain_type_is_found(Type domainType, Type infrastructure)
    {
        var found = DomainPurity.InfrastructureUsedBy(domainType).Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t);

        Assert.Contains(infrastructure, found);
    }

    [Fact]
    public void A_domain_of_plain_types_passes() => Assert.Empty(DomainPurity.InfrastructureUsedBy(typeof(Plain)));

    private sealed class InField
    {
        public DbContext? Db = null;
    }

    private sealed class InProperty
    {
        public HttpContext? Http { get; init; }
    }

    private sealed class InBaseType(DbContextOptions options) : DbContext(options);

    private sealed class InGenericArgument
    {
        public List<ILogger> Loggers { get; } = [];
    }

    private sealed class InParameter
    {
        public static int Limit(IOptions<object> options) => options.GetHashCode();
    }

    [Owned]
    private sealed class InAttribute;

    private sealed record Plain(Guid Id, DateOnly Day, IReadOnlyList<string> Names);
}
