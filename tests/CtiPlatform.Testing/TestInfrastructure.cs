namespace CtiPlatform.Testing;

/// <summary>
/// Where the real PostgreSQL and RabbitMQ the tests use are. The test script starts local ones; a developer
/// with Docker may point these variables at containers instead.
/// </summary>
public static class TestInfrastructure
{
    /// <summary>A superuser connection string to the server (database <c>postgres</c>).</summary>
    public static string PostgresAdmin { get; } =
        Environment.GetEnvironmentVariable("CTI_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    /// <summary>The broker's AMQP address, without a virtual host.</summary>
    public static Uri RabbitMq { get; } = new(Environment.GetEnvironmentVariable("CTI_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/");

    /// <summary>The broker's management API, used to create a virtual host per test run.</summary>
    public static Uri RabbitMqManagement { get; } =
        new(Environment.GetEnvironmentVariable("CTI_TEST_RABBITMQ_MANAGEMENT") ?? "http://guest:guest@127.0.0.1:15672/");
}
