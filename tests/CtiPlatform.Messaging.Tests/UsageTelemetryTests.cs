using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Testing;
using MassTransit.UsageTracking;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.Tests;

public sealed class UsageTelemetryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Theory]
    [InlineData(nameof(MessagingTransport.RabbitMq))]
    [InlineData(nameof(MessagingTransport.InMemory))]
    public async Task A_bus_configured_through_the_building_block_never_reports_usage_to_the_vendor(string transport)
    {
        await using var app = LedgerHost.Build(
        [
            .. LedgerConfiguration.For(database, TestInfrastructure.RabbitMq, consumes: true),
            new("MessagingOptions:Transport", transport),
        ]);

        // The tracker MassTransit registers decides at construction, from the options and its environment variable,
        // whether it hooks into the bus and posts a report after start; disabled, it does neither.
        var tracker = Assert.IsType<UsageTracker>(app.Services.GetRequiredService<IUsageTracker>());
        Assert.False(tracker.Enabled);
    }
}
