using System.Net;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.Foundation.Tests;

public sealed class HealthTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Health_turns_unhealthy_when_the_database_is_down_while_alive_stays_up()
    {
        await using var service = await SampleHost.StartAsync(database);
        using var client = service.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        await using (var admin = new NpgsqlConnection(TestInfrastructure.PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"""
                alter database {database.Name} allow_connections false;
                select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database.Name}';
                """, admin);
            await command.ExecuteNonQueryAsync();
        }

        var health = await client.GetAsync("/health");
        var alive = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
