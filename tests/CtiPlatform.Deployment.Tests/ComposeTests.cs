using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

/// <summary>
/// docker-compose.yml, alone and with the sample service's overlay. What a service should get is read from the
/// chart's values entry of the same name, so compose and Helm give every service the same configuration.
/// </summary>
public class ComposeTests
{
    [Theory]
    [MemberData(nameof(Compose.CaseData), MemberType = typeof(Compose))]
    public void Compose_file_is_valid_and_runs_the_chart_services_beside_postgres_and_rabbitmq(string composeCase)
    {
        var result = Compose.Config(composeCase, extraArguments: "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        var values = Compose.ChartValuesOf(composeCase);
        var migrations = values.EnabledServices().Where(s => values.Service(s).Database).Select(s => s + "-migrate").ToList();
        var expected = values.EnabledServices().Concat(migrations).Append("postgres").Append("rabbitmq").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Compose.Services(composeCase).Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.Equal(values.EnabledServices(), Compose.BuiltServices(composeCase));
        Assert.Equal(migrations.Order(StringComparer.Ordinal), Compose.MigrationServices(composeCase));
    }

    [Theory]
    [MemberData(nameof(Compose.CaseData), MemberType = typeof(Compose))]
    public void Only_the_gateway_and_the_broker_ui_publish_ports_and_only_on_loopback(string composeCase)
    {
        var published = Compose.Services(composeCase)
            .Where(s => s.Value!["ports"] is JsonArray { Count: > 0 })
            .ToDictionary(s => s.Key, s => s.Value!["ports"]!.AsArray().Select(Port).ToList());

        Assert.Equal(["gateway", "rabbitmq"], published.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([("127.0.0.1", 8080L)], published["gateway"]);
        Assert.Equal([("127.0.0.1", 15672L)], published["rabbitmq"]);
    }

    [Theory]
    [MemberData(nameof(Compose.CaseData), MemberType = typeof(Compose))]
    public void The_gateway_is_published_on_another_address_only_when_asked(string composeCase)
    {
        var resolved = Compose.Resolve(composeCase, new Dictionary<string, string> { ["CTI_PUBLISH_ADDRESS"] = "0.0.0.0" });

        Assert.Equal([("0.0.0.0", 8080L)], resolved["services"]!["gateway"]!["ports"]!.AsArray().Select(Port));
    }

    public static TheoryData<string, string> RequiredVariableData()
    {
        var data = new TheoryData<string, string>();
        foreach (var composeCase in Compose.Cases())
        {
            foreach (var variable in Compose.RequiredEnvironment.Keys)
            {
                data.Add(composeCase, variable);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredVariableData))]
    public void Compose_refuses_to_run_without_each_secret_instead_of_using_a_default(string composeCase, string variable)
    {
        var environment = Compose.RequiredEnvironment.Where(p => p.Key != variable).ToDictionary(p => p.Key, p => p.Value);

        var result = Compose.ConfigWith(composeCase, environment, "--quiet");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"set {variable}", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_env_example_lists_every_variable_compose_requires_without_values_for_secrets()
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(Tooling.RepoRoot, ".env.example"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

        Assert.All(Compose.RequiredEnvironment.Keys, variable => Assert.Equal("", lines[variable]));
        Assert.Contains(".env", System.IO.File.ReadAllLines(Path.Combine(Tooling.RepoRoot, ".gitignore")));
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

    [Theory]
    [MemberData(nameof(Compose.CaseData), MemberType = typeof(Compose))]
    public void Every_container_has_a_healthcheck_and_dependencies_wait_for_health(string composeCase)
    {
        var services = Compose.Services(composeCase);
        var migrations = Compose.MigrationServices(composeCase);
        foreach (var (name, service) in services)
        {
            // A one-shot migration step exits when done: it is waited for to complete, not to be healthy.
            Assert.True(migrations.Contains(name) || service!["healthcheck"]?["test"] is JsonArray { Count: > 0 }, $"{name} has no healthcheck");
            foreach (var (dependency, condition) in service!["depends_on"]?.AsObject() ?? [])
            {
                Assert.Equal(migrations.Contains(dependency) ? "service_completed_successfully" : "service_healthy", (string?)condition!["condition"]);
                Assert.NotNull(services[dependency]!["healthcheck"]);
            }
        }

        // Every built image starts its host through the one Dockerfile's entry point; the probe runs that host and asks
        // for readiness (/health: the database, not the broker), the rule the chart's readiness probe follows.
        var probe = DockerfileTests.EntryPoint().Prepend("CMD").Append("probe").Append("ready").ToList();
        Assert.All(Compose.BuiltServices(composeCase), name =>
            Assert.Equal(probe, services[name]!["healthcheck"]!["test"]!.AsArray().Select(t => (string?)t)));
    }

    [Theory]
    [MemberData(nameof(Compose.ServiceData), MemberType = typeof(Compose))]
    public void Service_starts_after_its_backends_and_the_gateway_after_it(string composeCase, string name)
    {
        var services = Compose.Services(composeCase);
        var values = Compose.ChartValuesOf(composeCase).Service(name);
        string? Condition(string service, string dependency) => (string?)services[service]!["depends_on"]?[dependency]?["condition"];

        // A service using the database or the broker waits for both (x-backend-dependencies).
        var backends = values.Database || values.RabbitMq ? "service_healthy" : null;
        Assert.Equal(backends, Condition(name, "postgres"));
        Assert.Equal(backends, Condition(name, "rabbitmq"));
        Assert.Equal(values.PathPrefix is null ? null : "service_healthy", Condition("gateway", name));
        // A service with a database starts only once its migration step applied the scripts and exited 0.
        Assert.Equal(values.Database ? "service_completed_successfully" : null, Condition(name, $"{name}-migrate"));
        if (values.Database)
        {
            Assert.Equal("service_healthy", Condition($"{name}-migrate", "postgres"));
            // With the broker, the migration step declares the service's queues (decision 213).
            Assert.Equal(values.RabbitMq ? "service_healthy" : null, Condition($"{name}-migrate", "rabbitmq"));
        }
        Assert.Null(services[name]!["ports"]);
        Assert.Contains("8080", services[name]!["expose"]!.AsArray().Select(p => p!.ToString()));
    }

    [Theory]
    [MemberData(nameof(Compose.ServiceData), MemberType = typeof(Compose))]
    public void Service_connects_with_the_roles_the_init_script_creates_and_gets_only_the_keys_it_needs(string composeCase, string name)
    {
        var services = Compose.Services(composeCase);
        var values = Compose.ChartValuesOf(composeCase).Service(name);
        var environment = services[name]!["environment"]!.AsObject();
        var prefix = (string?)services["postgres"]!["environment"]!["CTI_DB_PASSWORD_PREFIX"];
        var initScript = System.IO.File.ReadAllText(Path.Combine(Tooling.RepoRoot, "charts", "compose", "postgres-init.sh"));

        Assert.Contains("app=\"${service}_app\"", initScript);
        Assert.Contains("owner=\"${service}_owner\"", initScript);
        Assert.Equal(values.Database, InitialisedDatabases(services).Contains(name));
        var appConnection = $"Host=postgres;Database={name};Username={name}_app;Password={prefix}-{name}_app";
        Assert.Equal(values.Database ? appConnection : null, (string?)environment[$"ConnectionStrings__{name}-db"]);
        // The running service never holds the owner (who can turn row-level security off): only its migration step does.
        Assert.DoesNotContain(environment, p => p.Key.EndsWith("-migrations", StringComparison.Ordinal) || p.Value!.ToString().Contains("_owner", StringComparison.Ordinal));
        if (values.Database)
        {
            var migration = services[$"{name}-migrate"]!.AsObject();
            var migrationEnvironment = migration["environment"]!.AsObject();
            Assert.Equal(appConnection, (string?)migrationEnvironment[$"ConnectionStrings__{name}-db"]);
            Assert.Equal($"Host=postgres;Database={name};Username={name}_owner;Password={prefix}-{name}_owner",
                (string?)migrationEnvironment[$"ConnectionStrings__{name}-db-migrations"]);
            Assert.Equal(services[name]!["image"]?.ToString(), migration["image"]?.ToString());
            Assert.Equal(services[name]!["build"]!.ToJsonString(), migration["build"]!.ToJsonString());
            Assert.Equal("no", (string?)migration["restart"]);
            // It needs no key: it serves no request and touches no personal data. With the broker it declares the
            // service's queues as the service's own broker user (decision 213).
            Assert.DoesNotContain(migrationEnvironment, p => p.Key.Contains("Key", StringComparison.Ordinal));
            Assert.Equal((string?)environment["ConnectionStrings__rabbitmq"], (string?)migrationEnvironment["ConnectionStrings__rabbitmq"]);
        }

        if (values.RabbitMq)
        {
            // Its own broker user (decision 210), which the broker container creates with the permissions defined for it.
            var rabbit = services["rabbitmq"]!["environment"]!;
            var broker = new Uri((string)environment["ConnectionStrings__rabbitmq"]!);
            Assert.Equal("amqp", broker.Scheme);
            Assert.Equal("rabbitmq", broker.Host);
            Assert.Equal($"/{(string?)rabbit["RABBITMQ_DEFAULT_VHOST"]}", broker.AbsolutePath);
            Assert.Equal($"{name}:{(string?)rabbit[$"CTI_BROKER_USER_{name.ToUpperInvariant()}"]}", broker.UserInfo);
            Assert.NotEqual((string?)rabbit["RABBITMQ_DEFAULT_USER"], name);
            var permissions = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Tooling.RepoRoot, "charts", "cti-platform", "broker-permissions.json")));
            Assert.NotNull(permissions!["users"]![name]?["read"]);
        }
        else
        {
            Assert.Null(environment["ConnectionStrings__rabbitmq"]);
        }

        // A service holding personal data refuses to start without a base64 key of at least 32 bytes; one without
        // personal data gets none.
        if (values.Encryption)
        {
            Assert.True(Convert.FromBase64String((string)environment["PersistenceOptions__EncryptionKeys__k1"]!).Length >= 32);
            Assert.Equal("k1", (string?)environment["PersistenceOptions__CurrentKeyId"]);
        }
        else
        {
            Assert.Null(environment["PersistenceOptions__EncryptionKeys__k1"]);
            Assert.Null(environment["PersistenceOptions__CurrentKeyId"]);
        }

        // The never-contact ring only where the chart mounts it: the services that list or recognise never-contact people.
        Assert.Equal(values.ContactMatching ? Compose.RequiredEnvironment["CTI_CONTACT_MATCHING_KEY"] : null, (string?)environment["ContactMatchingOptions__Keys__m1"]);
        Assert.Equal(values.ContactMatching ? "m1" : null, (string?)environment["ContactMatchingOptions__CurrentKeyId"]);

        Assert.Equal("101", environment["TenantOptions__Tenants__0__Id"]?.ToString());
        Assert.Equal(Compose.RequiredEnvironment["CTI_JWT_SIGNING_KEY"], (string?)environment["JwtOptions__SigningKey"]);
    }

    [Theory]
    [MemberData(nameof(Compose.ServiceData), MemberType = typeof(Compose))]
    public void Secrets_of_the_service_come_from_the_environment(string composeCase, string name)
    {
        var values = Compose.ChartValuesOf(composeCase).Service(name);
        var resolved = Compose.Resolve(composeCase, new Dictionary<string, string>
        {
            ["CTI_ENCRYPTION_KEY"] = "b3ZlcnJpZGRlbi1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcyE=",
            ["CTI_DB_PASSWORD_PREFIX"] = "overridden",
            [$"CTI_RABBITMQ_PASSWORD_{name.ToUpperInvariant()}"] = "overridden-rabbit",
        });

        var environment = resolved["services"]![name]!["environment"]!;
        if (values.Encryption)
        {
            Assert.Equal("b3ZlcnJpZGRlbi1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcyE=", (string?)environment["PersistenceOptions__EncryptionKeys__k1"]);
        }

        if (values.Database)
        {
            Assert.EndsWith($"Password=overridden-{name}_app", (string?)environment[$"ConnectionStrings__{name}-db"]);
            Assert.EndsWith($"Password=overridden-{name}_owner", (string?)resolved["services"]![$"{name}-migrate"]!["environment"]![$"ConnectionStrings__{name}-db-migrations"]);
        }

        if (values.RabbitMq)
        {
            Assert.Equal($"amqp://{name}:overridden-rabbit@rabbitmq:5672/cti", (string?)environment["ConnectionStrings__rabbitmq"]);
        }

        Assert.Equal("overridden", (string?)resolved["services"]!["postgres"]!["environment"]!["CTI_DB_PASSWORD_PREFIX"]);
    }

    [Theory]
    [InlineData("CTI_RABBITMQ_PASSWORD")]
    [InlineData("CTI_RABBITMQ_PASSWORD_REFERRALS")]
    [InlineData("CTI_RABBITMQ_PASSWORD_WORKFLOWS")]
    public void Compose_ships_no_broker_password_and_refuses_to_run_without_one(string variable)
    {
        var result = Compose.Config(Compose.File, new Dictionary<string, string> { [variable] = "" }, "--quiet");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(variable, result.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Compose.CaseData), MemberType = typeof(Compose))]
    public void Platform_containers_run_locked_down(string composeCase)
    {
        var services = Compose.Services(composeCase);
        var built = Compose.BuiltServices(composeCase);

        Assert.Contains("gateway", built);
        foreach (var name in built.Concat(Compose.MigrationServices(composeCase)))
        {
            var service = services[name]!;
            Assert.Equal(true, (bool?)service["read_only"]);
            Assert.Equal("1654:1654", (string?)service["user"]);
            Assert.Equal(["ALL"], service["cap_drop"]!.AsArray().Select(c => (string?)c));
            Assert.Contains("no-new-privileges:true", service["security_opt"]!.AsArray().Select(o => (string?)o));
            Assert.Contains("/tmp", service["tmpfs"]!.AsArray().Select(t => (string?)t));
            Assert.Equal("Production", (string?)service["environment"]!["ASPNETCORE_ENVIRONMENT"]);
        }
    }

    [Theory]
    [MemberData(nameof(Compose.CaseData), MemberType = typeof(Compose))]
    public void Data_lives_in_named_volumes_and_every_service_database_is_initialised(string composeCase)
    {
        var resolved = Compose.Resolve(composeCase);
        var services = Compose.Services(composeCase);
        var values = Compose.ChartValuesOf(composeCase);

        Assert.Equal(["postgres-data", "rabbitmq-data"], resolved["volumes"]!.AsObject().Select(v => v.Key).Order(StringComparer.Ordinal));
        var postgresVolumes = services["postgres"]!["volumes"]!.AsArray().Select(v => v!.ToString()).ToList();
        Assert.Contains(postgresVolumes, v => v.StartsWith("postgres-data:/var/lib/postgresql/data", StringComparison.Ordinal));
        Assert.Contains(postgresVolumes, v => v.Contains("postgres-init.sh:/docker-entrypoint-initdb.d/", StringComparison.Ordinal));
        // The init script runs the chart's SQL file, the one role set-up of tests, compose and operators.
        Assert.Contains(postgresVolumes, v => v.Contains("charts/cti-platform/files/service-database.sql:/etc/cti/service-database.sql", StringComparison.Ordinal));
        Assert.Equal(Compose.RequiredEnvironment["CTI_DB_PASSWORD_PREFIX"], (string?)services["postgres"]!["environment"]!["CTI_DB_PASSWORD_PREFIX"]);
        Assert.Equal(values.EnabledServices().Where(s => values.Service(s).Database), InitialisedDatabases(services));
    }

    /// <summary>The databases postgres-init.sh creates: one per CTI_SERVICE_DATABASE_* variable of the postgres container.</summary>
    private static IReadOnlyList<string> InitialisedDatabases(JsonObject services) =>
        services["postgres"]!["environment"]!.AsObject()
            .Where(p => p.Key.StartsWith("CTI_SERVICE_DATABASE_", StringComparison.Ordinal))
            .Select(p => p.Value!.ToString())
            .Order(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [MemberData(nameof(Compose.CaseData), MemberType = typeof(Compose))]
    public void Compose_builds_every_host_from_the_one_dockerfile_at_the_repository_root(string composeCase)
    {
        foreach (var name in Compose.BuiltServices(composeCase))
        {
            var build = Compose.Services(composeCase)[name]!["build"]!;
            Assert.Equal(Tooling.RepoRoot, Path.TrimEndingDirectorySeparator((string)build["context"]!));
            Assert.Equal(DockerfileTests.Dockerfile, (string?)build["dockerfile"]);
            Assert.True(System.IO.File.Exists(Path.Combine(Tooling.RepoRoot, DockerfileTests.Dockerfile)));
            Assert.False(string.IsNullOrEmpty((string?)build["args"]?["PROJECT_DIR"]), $"{name} names no PROJECT_DIR");
        }
    }

    [Theory]
    [MemberData(nameof(Compose.CaseData), MemberType = typeof(Compose))]
    public void Gateway_uses_the_platform_configuration_keys(string composeCase)
    {
        var environment = Compose.Services(composeCase)["gateway"]!["environment"]!.AsObject();

        Assert.Equal("8080", environment["ASPNETCORE_HTTP_PORTS"]?.ToString());
        Assert.NotNull(environment["JwtOptions__Issuer"]);
        Assert.NotNull(environment["JwtOptions__Audience"]);
        Assert.Equal(Compose.RequiredEnvironment["CTI_JWT_SIGNING_KEY"], (string?)environment["JwtOptions__SigningKey"]);
        Assert.Equal("101", environment["TenantOptions__Tenants__0__Id"]?.ToString());
    }

    [Theory]
    [MemberData(nameof(Compose.ServiceData), MemberType = typeof(Compose))]
    public void Gateway_routes_to_the_service_as_the_chart_does(string composeCase, string name)
    {
        var environment = Compose.Services(composeCase)["gateway"]!["environment"]!.AsObject();

        Compose.ChartValuesOf(composeCase).Service(name).AssertGatewayRoute(environment, $"http://{name}:8080");
    }

    public static TheoryData<string> ShippedServiceData()
    {
        var data = new TheoryData<string>();
        foreach (var service in Compose.BuiltServices(Compose.File).Where(s => s != "gateway"))
        {
            data.Add(service);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedServiceData))]
    public void Routed_service_maps_its_api_under_the_prefix_the_gateway_routes(string name)
    {
        var prefix = Compose.ChartValuesOf(Compose.File).Service(name).PathPrefix;
        var projectDirectory = (string)Compose.Services(Compose.File)[name]!["build"]!["args"]!["PROJECT_DIR"]!;
        var sources = Directory.GetFiles(Path.Combine(Tooling.RepoRoot, projectDirectory), "*.cs", SearchOption.AllDirectories);

        // The API class's Prefix constant (e.g. CoursesApi.Prefix); the gateway must route exactly that. The web app's
        // catch-all is no API (decision 805).
        if (prefix is null or "/")
        {
            return;
        }

        Assert.Contains(sources, file => System.IO.File.ReadAllText(file).Contains($"const string Prefix = \"{prefix}\";", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DockerfileTests.BuiltServiceData), MemberType = typeof(DockerfileTests))]
    public void Chart_entry_asks_for_exactly_what_the_service_source_uses(string name)
    {
        var values = Compose.ChartValuesOf(Compose.File).Service(name);
        var projectDirectory = (string)Compose.Services(Compose.File)[name]!["build"]!["args"]!["PROJECT_DIR"]!;
        var source = string.Concat(Directory.GetFiles(Path.Combine(Tooling.RepoRoot, projectDirectory), "*.cs", SearchOption.AllDirectories)
            .Select(System.IO.File.ReadAllText));

        // The entry's switches mount secrets; derived tests trust them, so they must match what the host asks for:
        // its own database, the broker, and the personal-data key (referrals refuses to start without it).
        Assert.Equal(source.Contains("AddServiceDatabase<", StringComparison.Ordinal) && source.Contains($"\"{name}-db\"", StringComparison.Ordinal), values.Database);
        Assert.Equal(source.Contains("AddMessaging<", StringComparison.Ordinal), values.RabbitMq);
        Assert.Equal(source.Contains("AddPersonalDataProtection()", StringComparison.Ordinal), values.Encryption);
    }

    [Theory]
    [MemberData(nameof(DockerfileTests.BuiltServiceData), MemberType = typeof(DockerfileTests))]
    public void A_database_service_host_answers_the_migrate_argument_its_migration_step_runs(string name)
    {
        var values = Compose.ChartValuesOf(Compose.File).Service(name);
        var projectDirectory = (string)Compose.Services(Compose.File)[name]!["build"]!["args"]!["PROJECT_DIR"]!;
        var program = System.IO.File.ReadAllText(Path.Combine(Tooling.RepoRoot, projectDirectory, "Program.cs"));

        // Without it the hook Job and the compose step would start a web host that never exits.
        Assert.Equal(values.Database, program.Contains("MigrateCommand.TryRunAsync(app, args)", StringComparison.Ordinal));
    }

    /// <summary>The rate-limit policies the gateway defines in its appsettings.json; a route naming another stops the gateway.</summary>
    internal static IEnumerable<string> GatewayRateLimitPolicies()
    {
        var settings = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Tooling.RepoRoot, "gateway", "CtiPlatform.Gateway", "appsettings.json")))!;
        return settings["GatewayOptions"]!["RateLimits"]!.AsObject().Select(p => p.Key);
    }
}
