using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

public class ComposeTests
{
    private static readonly Lazy<JsonObject> Resolved = new(() =>
    {
        var result = Tooling.Run(Tooling.DockerCompose, ["-f", Path.Combine(Tooling.RepoRoot, "docker-compose.yml"), "config"]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker-compose config failed: {result}");
        }

        return Yaml.ParseDocuments(result.StandardOutput).Single();
    });

    private static JsonObject Services => Resolved.Value["services"]!.AsObject();

    [Fact]
    public void Compose_file_is_valid_for_docker_compose()
    {
        var result = Tooling.Run(Tooling.DockerCompose, ["-f", Path.Combine(Tooling.RepoRoot, "docker-compose.yml"), "config", "--quiet"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["gateway", "postgres", "rabbitmq", "referrals", "workflows"], Services.Select(s => s.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_gateway_and_the_broker_ui_publish_ports()
    {
        var published = Services
            .Where(s => s.Value!["ports"] is JsonArray { Count: > 0 })
            .ToDictionary(s => s.Key, s => s.Value!["ports"]!.AsArray().Select(Port).ToList());

        Assert.Equal(["gateway", "rabbitmq"], published.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([(null, 8080L)], published["gateway"]);
        Assert.Equal([("127.0.0.1", 15672L)], published["rabbitmq"]);
    }

    /// <summary>docker-compose 1.29 prints a port as a mapping, or as "ip:published:target/proto" when bound to an address.</summary>
    private static (string? HostIp, long Target) Port(JsonNode? port)
    {
        if (port is JsonObject mapping)
        {
            return ((string?)mapping["host_ip"], (long)mapping["target"]!);
        }

        var parts = port!.ToString().Split('/')[0].Split(':');
        return (parts.Length == 3 ? parts[0] : null, long.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_container_has_a_healthcheck_and_dependencies_wait_for_health()
    {
        foreach (var (name, service) in Services)
        {
            Assert.True(service!["healthcheck"]?["test"] is JsonArray { Count: > 0 }, $"{name} has no healthcheck");
            foreach (var (dependency, condition) in service["depends_on"]?.AsObject() ?? [])
            {
                Assert.Equal("service_healthy", (string?)condition!["condition"]);
                Assert.NotNull(Services[dependency]!["healthcheck"]);
            }
        }

        var gatewayProbe = Services["gateway"]!["healthcheck"]!["test"]!.AsArray().Select(t => (string?)t);
        Assert.Equal(["CMD", "dotnet", "/app/CtiPlatform.Gateway.dll", "probe"], gatewayProbe);
        var referralsProbe = Services["referrals"]!["healthcheck"]!["test"]!.AsArray().Select(t => (string?)t);
        Assert.Equal(["CMD", "dotnet", "/app/CtiPlatform.Referrals.dll", "probe"], referralsProbe);
        var workflowsProbe = Services["workflows"]!["healthcheck"]!["test"]!.AsArray().Select(t => (string?)t);
        Assert.Equal(["CMD", "dotnet", "/app/CtiPlatform.Workflows.dll", "probe"], workflowsProbe);
    }

    [Fact]
    public void Referrals_starts_after_database_and_broker_and_the_gateway_after_referrals()
    {
        string? Condition(string service, string dependency) => (string?)Services[service]!["depends_on"]?[dependency]?["condition"];

        Assert.Equal("service_healthy", Condition("referrals", "postgres"));
        Assert.Equal("service_healthy", Condition("referrals", "rabbitmq"));
        Assert.Equal("service_healthy", Condition("gateway", "referrals"));
        Assert.Null(Services["referrals"]!["ports"]);
        Assert.Contains("8080", Services["referrals"]!["expose"]!.AsArray().Select(p => p!.ToString()));
    }

    [Fact]
    public void Referrals_connects_with_the_roles_the_init_script_creates()
    {
        var environment = Services["referrals"]!["environment"]!.AsObject();
        var databases = ((string?)Services["postgres"]!["environment"]!["CTI_SERVICE_DATABASES"])!.Split(' ');
        var prefix = (string?)Services["postgres"]!["environment"]!["CTI_DB_PASSWORD_PREFIX"];
        var initScript = File.ReadAllText(Path.Combine(Tooling.RepoRoot, "charts", "compose", "postgres-init.sh"));

        Assert.Contains("referrals", databases);
        Assert.Contains("app=\"${service}_app\"", initScript);
        Assert.Contains("owner=\"${service}_owner\"", initScript);
        Assert.Equal($"Host=postgres;Database=referrals;Username=referrals_app;Password={prefix}-referrals_app",
            (string?)environment["ConnectionStrings__referrals-db"]);
        Assert.Equal($"Host=postgres;Database=referrals;Username=referrals_owner;Password={prefix}-referrals_owner",
            (string?)environment["ConnectionStrings__referrals-db-migrations"]);

        var rabbit = Services["rabbitmq"]!["environment"]!;
        var broker = new Uri((string)environment["ConnectionStrings__rabbitmq"]!);
        Assert.Equal("amqp", broker.Scheme);
        Assert.Equal("rabbitmq", broker.Host);
        Assert.Equal($"/{(string?)rabbit["RABBITMQ_DEFAULT_VHOST"]}", broker.AbsolutePath);
        Assert.Equal($"{(string?)rabbit["RABBITMQ_DEFAULT_USER"]}:{(string?)rabbit["RABBITMQ_DEFAULT_PASS"]}", broker.UserInfo);

        // The service refuses to start without a base64 key of at least 32 bytes.
        Assert.True(Convert.FromBase64String((string)environment["PersistenceOptions__EncryptionKey"]!).Length >= 32);
        Assert.Equal("101", environment["TenantOptions__Tenants__0__Id"]?.ToString());
        Assert.NotNull(environment["JwtOptions__SigningKey"]);
    }

    [Fact]
    public void Workflows_starts_after_database_and_broker_and_the_gateway_after_workflows()
    {
        string? Condition(string service, string dependency) => (string?)Services[service]!["depends_on"]?[dependency]?["condition"];

        Assert.Equal("service_healthy", Condition("workflows", "postgres"));
        Assert.Equal("service_healthy", Condition("workflows", "rabbitmq"));
        Assert.Equal("service_healthy", Condition("gateway", "workflows"));
        Assert.Null(Services["workflows"]!["ports"]);
        Assert.Contains("8080", Services["workflows"]!["expose"]!.AsArray().Select(p => p!.ToString()));
    }

    [Fact]
    public void Workflows_connects_with_the_roles_the_init_script_creates_and_takes_no_encryption_key()
    {
        var environment = Services["workflows"]!["environment"]!.AsObject();
        var databases = ((string?)Services["postgres"]!["environment"]!["CTI_SERVICE_DATABASES"])!.Split(' ');
        var prefix = (string?)Services["postgres"]!["environment"]!["CTI_DB_PASSWORD_PREFIX"];

        Assert.Contains("workflows", databases);
        Assert.Equal($"Host=postgres;Database=workflows;Username=workflows_app;Password={prefix}-workflows_app",
            (string?)environment["ConnectionStrings__workflows-db"]);
        Assert.Equal($"Host=postgres;Database=workflows;Username=workflows_owner;Password={prefix}-workflows_owner",
            (string?)environment["ConnectionStrings__workflows-db-migrations"]);
        Assert.Equal((string?)Services["referrals"]!["environment"]!["ConnectionStrings__rabbitmq"], (string?)environment["ConnectionStrings__rabbitmq"]);

        // The course lifecycle holds no personal data.
        Assert.Null(environment["PersistenceOptions__EncryptionKey"]);
        Assert.Equal("101", environment["TenantOptions__Tenants__0__Id"]?.ToString());
        Assert.NotNull(environment["JwtOptions__SigningKey"]);
    }

    [Fact]
    public void Development_secrets_of_referrals_can_be_overridden()
    {
        var result = Tooling.Run(Tooling.DockerCompose, ["-f", Path.Combine(Tooling.RepoRoot, "docker-compose.yml"), "config"],
            environment: new Dictionary<string, string>
            {
                ["CTI_ENCRYPTION_KEY"] = "b3ZlcnJpZGRlbi1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcyE=",
                ["CTI_DB_PASSWORD_PREFIX"] = "overridden",
                ["CTI_RABBITMQ_PASSWORD"] = "overridden-rabbit",
            });
        Assert.True(result.ExitCode == 0, result.ToString());

        var environment = Yaml.ParseDocuments(result.StandardOutput).Single()["services"]!["referrals"]!["environment"]!;
        Assert.Equal("b3ZlcnJpZGRlbi1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcyE=", (string?)environment["PersistenceOptions__EncryptionKey"]);
        Assert.EndsWith("Password=overridden-referrals_app", (string?)environment["ConnectionStrings__referrals-db"]);
        Assert.EndsWith("Password=overridden-referrals_owner", (string?)environment["ConnectionStrings__referrals-db-migrations"]);
        Assert.Equal("amqp://cti:overridden-rabbit@rabbitmq:5672/cti", (string?)environment["ConnectionStrings__rabbitmq"]);

        var workflows = Yaml.ParseDocuments(result.StandardOutput).Single()["services"]!["workflows"]!["environment"]!;
        Assert.EndsWith("Password=overridden-workflows_app", (string?)workflows["ConnectionStrings__workflows-db"]);
        Assert.EndsWith("Password=overridden-workflows_owner", (string?)workflows["ConnectionStrings__workflows-db-migrations"]);
        Assert.Equal("amqp://cti:overridden-rabbit@rabbitmq:5672/cti", (string?)workflows["ConnectionStrings__rabbitmq"]);
    }

    [Fact]
    public void Platform_containers_run_locked_down()
    {
        foreach (var name in new[] { "gateway", "referrals", "workflows" })
        {
            var service = Services[name]!;
            Assert.Equal(true, (bool?)service["read_only"]);
            Assert.Equal("1654:1654", (string?)service["user"]);
            Assert.Equal(["ALL"], service["cap_drop"]!.AsArray().Select(c => (string?)c));
            Assert.Contains("no-new-privileges:true", service["security_opt"]!.AsArray().Select(o => (string?)o));
            Assert.Contains("/tmp", service["tmpfs"]!.AsArray().Select(t => (string?)t));
        }
    }

    [Fact]
    public void Data_lives_in_named_volumes_and_every_service_database_is_initialised()
    {
        Assert.Equal(["postgres-data", "rabbitmq-data"], Resolved.Value["volumes"]!.AsObject().Select(v => v.Key).Order(StringComparer.Ordinal));
        var postgresVolumes = Services["postgres"]!["volumes"]!.AsArray().Select(v => v!.ToString()).ToList();
        Assert.Contains(postgresVolumes, v => v.StartsWith("postgres-data:/var/lib/postgresql/data", StringComparison.Ordinal));
        Assert.Contains(postgresVolumes, v => v.Contains("postgres-init.sh:/docker-entrypoint-initdb.d/", StringComparison.Ordinal));
        Assert.Equal("referrals workflows", (string?)Services["postgres"]!["environment"]!["CTI_SERVICE_DATABASES"]);
    }

    [Fact]
    public void Compose_only_builds_from_dockerfiles_that_exist()
    {
        foreach (var (name, service) in Services)
        {
            if (service!["build"] is not JsonObject build)
            {
                continue;
            }

            var dockerfile = Path.Combine((string)build["context"]!, (string)build["dockerfile"]!);
            Assert.True(File.Exists(dockerfile), $"{name}: {dockerfile} does not exist");
        }
    }

    [Fact]
    public void Gateway_uses_the_platform_configuration_keys()
    {
        var environment = Services["gateway"]!["environment"]!.AsObject();

        Assert.Equal("8080", environment["ASPNETCORE_HTTP_PORTS"]?.ToString());
        Assert.NotNull(environment["JwtOptions__Issuer"]);
        Assert.NotNull(environment["JwtOptions__Audience"]);
        Assert.NotNull(environment["JwtOptions__SigningKey"]);
        Assert.Equal("101", environment["TenantOptions__Tenants__0__Id"]?.ToString());
    }

    [Fact]
    public void Gateway_routes_to_referrals_with_its_document_and_rate_limit()
    {
        var environment = Services["gateway"]!["environment"]!.AsObject();

        Assert.Equal("/api/referrals", (string?)environment["GatewayOptions__Routes__referrals__PathPrefix"]);
        Assert.Equal("http://referrals:8080", (string?)environment["GatewayOptions__Routes__referrals__Destinations__0"]);
        Assert.Equal("/openapi/v1.json", (string?)environment["GatewayOptions__Routes__referrals__OpenApiPath"]);
        var policy = (string?)environment["GatewayOptions__Routes__referrals__RateLimitPolicy"];
        Assert.Equal("referral-submission", policy);
        Assert.Contains(policy!, GatewayRateLimitPolicies());
    }

    [Fact]
    public void Gateway_routes_courses_to_workflows_with_its_document()
    {
        var environment = Services["gateway"]!["environment"]!.AsObject();

        Assert.Equal("/api/courses", (string?)environment["GatewayOptions__Routes__workflows__PathPrefix"]);
        Assert.Equal(CoursesApiPrefix(), (string?)environment["GatewayOptions__Routes__workflows__PathPrefix"]);
        Assert.Equal("http://workflows:8080", (string?)environment["GatewayOptions__Routes__workflows__Destinations__0"]);
        Assert.Equal("/openapi/v1.json", (string?)environment["GatewayOptions__Routes__workflows__OpenApiPath"]);
        Assert.Null(environment["GatewayOptions__Routes__workflows__RateLimitPolicy"]);
    }

    /// <summary>The prefix the workflow service maps its API under (CoursesApi.Prefix); the gateway must route exactly that.</summary>
    internal static string CoursesApiPrefix()
    {
        var source = File.ReadAllText(Path.Combine(Tooling.RepoRoot, "workflows", "CtiPlatform.Workflows", "Api", "CoursesApi.cs"));
        return System.Text.RegularExpressions.Regex.Match(source, @"const string Prefix = ""([^""]+)"";").Groups[1].Value;
    }

    /// <summary>The rate-limit policies the gateway defines in its appsettings.json; a route naming another stops the gateway.</summary>
    internal static IEnumerable<string> GatewayRateLimitPolicies()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(Tooling.RepoRoot, "gateway", "CtiPlatform.Gateway", "appsettings.json")))!;
        return settings["GatewayOptions"]!["RateLimits"]!.AsObject().Select(p => p.Key);
    }
}
