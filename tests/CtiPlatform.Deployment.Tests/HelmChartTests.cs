using System.Text;
using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

public class HelmChartTests
{
    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Chart_lints_cleanly_with_every_values_file(string valuesFile)
    {
        var arguments = new List<string> { "lint", "--strict", Tooling.ChartDirectory, "--kube-version", "1.31.0" };
        if (valuesFile != Chart.DefaultValues)
        {
            arguments.AddRange(["-f", Path.Combine(Tooling.ChartDirectory, valuesFile)]);
        }

        var result = Tooling.Run(Tooling.Helm, arguments);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 chart(s) failed", result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Chart_renders_a_deployment_service_and_config_for_every_enabled_service(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);

        Assert.Contains("gateway", rendering.Services);
        foreach (var service in rendering.Services)
        {
            Assert.Contains(rendering.OfKind("Service"), o => Rendering.ServiceOf(o) == service);
            Assert.Contains(rendering.OfKind("ConfigMap"), o => Rendering.ServiceOf(o) == service);
        }
    }

    [Fact]
    public void Production_example_renders_several_services_with_several_replicas()
    {
        var rendering = Chart.Render("ci/production-values.yaml");

        Assert.Equal(["gateway", "referrals", "workflows"], rendering.Services);
        Assert.All(rendering.OfKind("HorizontalPodAutoscaler"), hpa => Assert.True((long)hpa["spec"]!["minReplicas"]! >= 2));

        // Behind the Ingress the gateway must know the controller's network, or all anonymous callers share one address.
        var gatewayConfig = rendering.OfKind("ConfigMap").Single(o => Rendering.ServiceOf(o) == "gateway");
        Assert.Equal("10.42.0.0/16", (string?)gatewayConfig["data"]!["GatewayOptions__TrustedProxies__0"]);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Every_rendered_object_validates_against_the_kubernetes_schemas(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        _ = Tooling.ToolsNodeModules;

        var result = Tooling.Run(Tooling.Node, [Tooling.ValidateScript, "-"], stdin: rendering.Manifest);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{rendering.Objects.Count} objects checked, 0 invalid", result.StandardOutput);
    }

    [Fact]
    public void Schema_validation_rejects_an_invalid_deployment()
    {
        _ = Tooling.ToolsNodeModules;
        const string broken = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: broken
            spec:
              replicas: three
              selector:
                matchLabels: { app: broken }
              template:
                metadata:
                  labels: { app: broken }
                spec:
                  containers:
                    - name: broken
                      image: example/broken:1.0
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: nameless-port
            spec:
              ports:
                - port: http
            """;

        var result = Tooling.Run(Tooling.Node, [Tooling.ValidateScript, "-"], stdin: broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("replicas must be integer", result.StandardError);
        Assert.Contains("v1/Service nameless-port: data/spec/ports/0/port must be integer", result.StandardError);
        Assert.Contains("2 objects checked, 2 invalid", result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Rendered_deployments_never_run_as_root(string valuesFile)
    {
        var deployments = Chart.Render(valuesFile).OfKind("Deployment").ToList();

        Assert.NotEmpty(deployments);
        foreach (var deployment in deployments)
        {
            var pod = deployment["spec"]!["template"]!["spec"]!;
            Assert.Equal(true, (bool?)pod["securityContext"]!["runAsNonRoot"]);
            Assert.NotEqual(0L, (long?)pod["securityContext"]!["runAsUser"] ?? 0L);
            Assert.Equal("RuntimeDefault", (string?)pod["securityContext"]!["seccompProfile"]!["type"]);
            foreach (var container in pod["containers"]!.AsArray())
            {
                var context = container!["securityContext"]!;
                Assert.Equal(true, (bool?)context["runAsNonRoot"]);
                Assert.NotEqual(0L, (long?)context["runAsUser"] ?? 0L);
                Assert.Equal(true, (bool?)context["readOnlyRootFilesystem"]);
                Assert.Equal(false, (bool?)context["allowPrivilegeEscalation"]);
                Assert.Equal(["ALL"], context["capabilities"]!["drop"]!.AsArray().Select(c => (string?)c));
                Assert.Null(context["capabilities"]!["add"]);
                Assert.Null(context["privileged"]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Every_deployment_has_probes_and_resource_limits(string valuesFile)
    {
        var deployments = Chart.Render(valuesFile).OfKind("Deployment").ToList();

        Assert.NotEmpty(deployments);
        foreach (var container in deployments.SelectMany(d => d["spec"]!["template"]!["spec"]!["containers"]!.AsArray()))
        {
            Assert.Equal("/alive", (string?)container!["startupProbe"]?["httpGet"]?["path"]);
            Assert.Equal("/alive", (string?)container["livenessProbe"]?["httpGet"]?["path"]);
            Assert.Equal("/health", (string?)container["readinessProbe"]?["httpGet"]?["path"]);
            foreach (var bound in new[] { "requests", "limits" })
            {
                Assert.False(string.IsNullOrEmpty((string?)container["resources"]?[bound]?["cpu"]?.ToString()), $"{bound}.cpu missing");
                Assert.False(string.IsNullOrEmpty((string?)container["resources"]?[bound]?["memory"]?.ToString()), $"{bound}.memory missing");
            }

            Assert.Equal([8080L], container["ports"]!.AsArray().Select(p => (long)p!["containerPort"]!));
        }
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Every_service_has_an_autoscaler_or_fixed_replicas_and_a_disruption_budget(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);

        foreach (var deployment in rendering.OfKind("Deployment"))
        {
            var service = Rendering.ServiceOf(deployment);
            var hasAutoscaler = rendering.OfKind("HorizontalPodAutoscaler").Any(h => Rendering.ServiceOf(h) == service
                && (string?)h["spec"]!["scaleTargetRef"]!["name"] == Rendering.NameOf(deployment));
            Assert.True(hasAutoscaler || deployment["spec"]!["replicas"] is not null, $"{service}: neither HPA nor replicas");
            Assert.False(hasAutoscaler && deployment["spec"]!["replicas"] is not null, $"{service}: replicas would fight the HPA");
            Assert.Contains(rendering.OfKind("PodDisruptionBudget"), p => Rendering.ServiceOf(p) == service);
        }
    }

    [Fact]
    public void Default_values_autoscale_every_service()
    {
        var rendering = Chart.Render(Chart.DefaultValues);

        Assert.Equal(rendering.Services, rendering.OfKind("HorizontalPodAutoscaler").Select(Rendering.ServiceOf).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void No_secret_value_appears_in_any_config_map(string valuesFile)
    {
        // Render with recognisable secrets so the check never depends on what an example file happens to contain.
        const string sentinel = "s3ntinel-secret-value";
        var result = Chart.Template(valuesFile,
            "--set", "secrets.create=true",
            "--set", $"secrets.rabbitmqConnectionString=amqp://cti:{sentinel}-rabbit@rabbitmq:5672/cti",
            "--set", $"secrets.jwtSigningKey={sentinel}-jwt",
            "--set", $"secrets.encryptionKey={sentinel}-encryption",
            "--set", $"secrets.databases.referrals.connectionString=Host=db;Password={sentinel}-app",
            "--set", $"secrets.databases.referrals.migrationsConnectionString=Host=db;Password={sentinel}-owner",
            "--set", $"secrets.databases.workflows.connectionString=Host=db;Password={sentinel}-app",
            "--set", $"secrets.databases.workflows.migrationsConnectionString=Host=db;Password={sentinel}-owner");
        Assert.True(result.ExitCode == 0, result.ToString());
        var objects = Yaml.ParseDocuments(result.StandardOutput);

        var secretValues = objects.Where(o => (string?)o["kind"] == "Secret")
            .SelectMany(SecretValues)
            .ToList();
        var configMaps = objects.Where(o => (string?)o["kind"] == "ConfigMap").ToList();

        Assert.Contains(secretValues, v => v.Contains(sentinel, StringComparison.Ordinal));
        Assert.NotEmpty(configMaps);
        foreach (var configMap in configMaps)
        {
            var data = configMap["data"]?.AsObject() ?? [];
            foreach (var (key, value) in data)
            {
                var text = value?.ToString() ?? "";
                Assert.DoesNotContain(sentinel, text, StringComparison.Ordinal);
                Assert.DoesNotContain(secretValues, secret => text.Contains(secret, StringComparison.Ordinal));
                Assert.DoesNotMatch("(?i)(ConnectionStrings__|SigningKey|EncryptionKey|Password)", key);
            }
        }
    }

    private static IEnumerable<string> SecretValues(JsonObject secret)
    {
        foreach (var (_, value) in secret["stringData"]?.AsObject() ?? [])
        {
            yield return value!.ToString();
        }

        foreach (var (_, value) in secret["data"]?.AsObject() ?? [])
        {
            yield return Encoding.UTF8.GetString(Convert.FromBase64String(value!.ToString()));
        }
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Connection_strings_and_keys_come_only_from_secrets(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);

        foreach (var deployment in rendering.OfKind("Deployment"))
        {
            var service = Rendering.ServiceOf(deployment);
            foreach (var variable in deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]?.AsArray() ?? [])
            {
                Assert.Null(variable!["value"]);
                Assert.NotNull(variable["valueFrom"]!["secretKeyRef"]);
            }

            var names = (deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]?.AsArray() ?? [])
                .Select(v => (string)v!["name"]!).ToList();
            if (service is "referrals" or "workflows")
            {
                Assert.Contains($"ConnectionStrings__{service}-db", names);
                Assert.Contains($"ConnectionStrings__{service}-db-migrations", names);
                Assert.Contains("ConnectionStrings__rabbitmq", names);
            }

            if (service is "referrals")
            {
                Assert.Contains("PersistenceOptions__EncryptionKey", names);
            }

            if (service is "workflows")
            {
                // The course lifecycle holds no personal data, so it gets no encryption key.
                Assert.DoesNotContain("PersistenceOptions__EncryptionKey", names);
            }
        }
    }

    [Fact]
    public void Default_values_deploy_the_gateway_referrals_and_workflows()
    {
        Assert.Equal(["gateway", "referrals", "workflows"], Chart.Render(Chart.DefaultValues).Services);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Referrals_runs_locked_down_with_probes_limits_and_its_secrets(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        var secretRefs = AssertLockedDownService(rendering, "referrals");

        // Every secret arrives as a secretKeyRef: the encryption key from the shared Secret, the connection
        // strings from the referrals database Secret.
        var (shared, database) = SecretNames(valuesFile, "referrals");
        Assert.Equal((shared, "encryption-key"), secretRefs["PersistenceOptions__EncryptionKey"]);
        Assert.Equal((shared, "rabbitmq-connection-string"), secretRefs["ConnectionStrings__rabbitmq"]);
        Assert.Equal((database, "connection-string"), secretRefs["ConnectionStrings__referrals-db"]);
        Assert.Equal((database, "migrations-connection-string"), secretRefs["ConnectionStrings__referrals-db-migrations"]);

        var configMapKeys = rendering.OfKind("ConfigMap").SelectMany(c => c["data"]?.AsObject() ?? []).Select(p => p.Key);
        Assert.DoesNotContain(configMapKeys, key => key.Contains("EncryptionKey", StringComparison.OrdinalIgnoreCase));

        var service = Assert.Single(rendering.OfKind("Service"), s => Rendering.ServiceOf(s) == "referrals");
        Assert.Equal("ClusterIP", (string?)service["spec"]!["type"] ?? "ClusterIP");
        Assert.DoesNotContain(rendering.OfKind("Ingress"), i => Rendering.ServiceOf(i) == "referrals");
    }

    [Fact]
    public void Referrals_takes_calls_only_from_the_gateway_and_reaches_only_dns_postgresql_and_rabbitmq()
    {
        var rendering = Chart.Render(Chart.DefaultValues);
        var policy = Assert.Single(rendering.OfKind("NetworkPolicy"), p => Rendering.ServiceOf(p) == "referrals")["spec"]!;

        var callers = policy["ingress"]!.AsArray().SelectMany(rule => rule!["from"]!.AsArray()).ToList();
        var caller = Assert.Single(callers)!;
        Assert.Null(caller["namespaceSelector"]);
        Assert.Equal("gateway", (string?)caller["podSelector"]!["matchLabels"]!["app.kubernetes.io/name"]);

        var egress = policy["egress"]!.AsArray();
        Assert.DoesNotContain(egress, rule => (rule!["to"]?.AsArray() ?? []).Any(peer => peer!["podSelector"] is not null));
        var ports = egress.SelectMany(rule => rule!["ports"]!.AsArray()).Select(p => (long)p!["port"]!).Distinct().Order();
        Assert.Equal([53L, 5432L, 5672L], ports);

        var gateway = Assert.Single(rendering.OfKind("NetworkPolicy"), p => Rendering.ServiceOf(p) == "gateway")["spec"]!;
        var gatewayTargets = gateway["egress"]!.AsArray()
            .SelectMany(rule => rule!["to"]?.AsArray() ?? [])
            .Select(peer => (string?)peer!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"])
            .OfType<string>()
            .Order(StringComparer.Ordinal);
        Assert.Equal(["referrals", "workflows"], gatewayTargets);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Workflows_runs_locked_down_with_probes_limits_and_its_secrets(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        var secretRefs = AssertLockedDownService(rendering, "workflows");

        // The connection strings from the workflows database Secret, the broker URI from the shared Secret; the
        // course lifecycle holds no personal data and takes no encryption key.
        var (shared, database) = SecretNames(valuesFile, "workflows");
        Assert.DoesNotContain("PersistenceOptions__EncryptionKey", secretRefs.Keys);
        Assert.Equal((shared, "rabbitmq-connection-string"), secretRefs["ConnectionStrings__rabbitmq"]);
        Assert.Equal((database, "connection-string"), secretRefs["ConnectionStrings__workflows-db"]);
        Assert.Equal((database, "migrations-connection-string"), secretRefs["ConnectionStrings__workflows-db-migrations"]);
        var configMap = Assert.Single(rendering.OfKind("ConfigMap"), c => Rendering.ServiceOf(c) == "workflows");
        Assert.DoesNotContain(configMap["data"]?.AsObject() ?? [], p => p.Key.Contains("EncryptionKey", StringComparison.OrdinalIgnoreCase));

        var service = Assert.Single(rendering.OfKind("Service"), s => Rendering.ServiceOf(s) == "workflows");
        Assert.Equal("ClusterIP", (string?)service["spec"]!["type"] ?? "ClusterIP");
        Assert.DoesNotContain(rendering.OfKind("Ingress"), i => Rendering.ServiceOf(i) == "workflows");
    }

    [Fact]
    public void Workflows_takes_calls_only_from_the_gateway_and_reaches_only_dns_postgresql_and_rabbitmq()
    {
        var rendering = Chart.Render(Chart.DefaultValues);
        var policy = Assert.Single(rendering.OfKind("NetworkPolicy"), p => Rendering.ServiceOf(p) == "workflows")["spec"]!;

        var callers = policy["ingress"]!.AsArray().SelectMany(rule => rule!["from"]!.AsArray()).ToList();
        var caller = Assert.Single(callers)!;
        Assert.Null(caller["namespaceSelector"]);
        Assert.Equal("gateway", (string?)caller["podSelector"]!["matchLabels"]!["app.kubernetes.io/name"]);

        var egress = policy["egress"]!.AsArray();
        Assert.DoesNotContain(egress, rule => (rule!["to"]?.AsArray() ?? []).Any(peer => peer!["podSelector"] is not null));
        var ports = egress.SelectMany(rule => rule!["ports"]!.AsArray()).Select(p => (long)p!["port"]!).Distinct().Order();
        Assert.Equal([53L, 5432L, 5672L], ports);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Gateway_routes_courses_to_workflows_with_its_document(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        var gatewayConfig = Assert.Single(rendering.OfKind("ConfigMap"), c => Rendering.ServiceOf(c) == "gateway")["data"]!;

        Assert.Equal("/api/courses", (string?)gatewayConfig["GatewayOptions__Routes__workflows__PathPrefix"]);
        Assert.Equal(ComposeTests.CoursesApiPrefix(), (string?)gatewayConfig["GatewayOptions__Routes__workflows__PathPrefix"]);
        Assert.Equal("http://cti-cti-platform-workflows:8080", (string?)gatewayConfig["GatewayOptions__Routes__workflows__Destinations__0"]);
        Assert.Equal("/openapi/v1.json", (string?)gatewayConfig["GatewayOptions__Routes__workflows__OpenApiPath"]);
        // Unset route settings stay out, so the gateway's own defaults apply.
        Assert.Null(gatewayConfig["GatewayOptions__Routes__workflows__RateLimitPolicy"]);
        Assert.Null(gatewayConfig["GatewayOptions__Routes__workflows__Timeout"]);
        Assert.Null(gatewayConfig["GatewayOptions__Routes__workflows__MaxRequestBodySize"]);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Gateway_routes_to_referrals_with_its_document_and_rate_limit(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        var gatewayConfig = Assert.Single(rendering.OfKind("ConfigMap"), c => Rendering.ServiceOf(c) == "gateway")["data"]!;

        Assert.Equal("/api/referrals", (string?)gatewayConfig["GatewayOptions__Routes__referrals__PathPrefix"]);
        Assert.Equal("http://cti-cti-platform-referrals:8080", (string?)gatewayConfig["GatewayOptions__Routes__referrals__Destinations__0"]);
        Assert.Equal("/openapi/v1.json", (string?)gatewayConfig["GatewayOptions__Routes__referrals__OpenApiPath"]);
        var policy = (string?)gatewayConfig["GatewayOptions__Routes__referrals__RateLimitPolicy"];
        Assert.Equal("referral-submission", policy);
        Assert.Contains(policy!, ComposeTests.GatewayRateLimitPolicies());
        // Unset route settings stay out, so the gateway's own defaults apply.
        Assert.Null(gatewayConfig["GatewayOptions__Routes__referrals__Timeout"]);
        Assert.Null(gatewayConfig["GatewayOptions__Routes__referrals__MaxRequestBodySize"]);
    }

    [Fact]
    public void Gateway_route_settings_render_only_for_routed_services()
    {
        var result = Chart.Template(Chart.DefaultValues,
            "--set", "services.referrals.gatewayRoute.timeout=00:01:30",
            "--set", "services.referrals.gatewayRoute.maxRequestBodySize=10485760");
        Assert.True(result.ExitCode == 0, result.ToString());
        var gatewayConfig = Yaml.ParseDocuments(result.StandardOutput)
            .Single(o => (string?)o["kind"] == "ConfigMap" && Rendering.ServiceOf(o) == "gateway")["data"]!;
        Assert.Equal("00:01:30", (string?)gatewayConfig["GatewayOptions__Routes__referrals__Timeout"]);
        Assert.Equal("10485760", (string?)gatewayConfig["GatewayOptions__Routes__referrals__MaxRequestBodySize"]);

        var unrouted = Chart.Template(Chart.DefaultValues, "--set", "services.referrals.pathPrefix=");
        Assert.True(unrouted.ExitCode == 0, unrouted.ToString());
        Assert.DoesNotContain("GatewayOptions__Routes__referrals", unrouted.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Only_the_gateway_has_an_ingress(string valuesFile)
    {
        var ingresses = Chart.Render(valuesFile).OfKind("Ingress").ToList();

        var ingress = Assert.Single(ingresses);
        Assert.Equal("gateway", Rendering.ServiceOf(ingress));
        var backends = ingress["spec"]!["rules"]!.AsArray()
            .SelectMany(rule => rule!["http"]!["paths"]!.AsArray())
            .Select(path => (string?)path!["backend"]!["service"]!["name"]);
        Assert.All(backends, name => Assert.Equal("cti-cti-platform-gateway", name));
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Only_the_gateway_accepts_traffic_from_outside_the_platform(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        var policies = rendering.OfKind("NetworkPolicy").ToList();

        var defaultDeny = Assert.Single(policies, p => Rendering.NameOf(p).EndsWith("-default-deny", StringComparison.Ordinal));
        Assert.Null(defaultDeny["spec"]!["ingress"]);
        Assert.Null(defaultDeny["spec"]!["egress"]);
        Assert.Equal(["Ingress", "Egress"], defaultDeny["spec"]!["policyTypes"]!.AsArray().Select(t => (string?)t));

        foreach (var service in rendering.Services)
        {
            var policy = Assert.Single(policies, p => Rendering.ServiceOf(p) == service);
            var peers = policy["spec"]!["ingress"]!.AsArray()
                .Select(rule => rule!["from"]?.AsArray())
                .ToList();
            // A rule without "from" admits every source; only peer-restricted rules are acceptable.
            Assert.All(peers, from => Assert.NotEmpty(from!));
            var admitsOtherNamespaces = peers.SelectMany(from => from!).Any(peer => peer!["namespaceSelector"] is not null || peer["ipBlock"] is not null);
            if (service == "gateway")
            {
                Assert.True(admitsOtherNamespaces, "the gateway must admit the ingress controller");
            }
            else
            {
                var daprEnabled = policy["spec"]!["ingress"]!.AsArray().Any(r => r!["from"]!.AsArray().Any(p => p!["namespaceSelector"]?["matchLabels"]?["kubernetes.io/metadata.name"]?.ToString() == "dapr-system"));
                Assert.True(!admitsOtherNamespaces || daprEnabled, $"{service} admits traffic from outside the release");
            }
        }
    }

    [Fact]
    public void Services_accept_calls_only_from_the_gateway_and_their_declared_callers()
    {
        var rendering = Chart.Render("ci/production-values.yaml");
        var referrals = Assert.Single(rendering.OfKind("NetworkPolicy"), p => Rendering.ServiceOf(p) == "referrals");

        var callers = referrals["spec"]!["ingress"]!.AsArray()
            .SelectMany(rule => rule!["from"]!.AsArray())
            .Select(peer => (string?)peer!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(["gateway", "workflows"], callers);

        var workflows = Assert.Single(rendering.OfKind("NetworkPolicy"), p => Rendering.ServiceOf(p) == "workflows");
        var workflowsEgressTargets = workflows["spec"]!["egress"]!.AsArray()
            .SelectMany(rule => rule!["to"]?.AsArray() ?? [])
            .Select(peer => (string?)peer!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"])
            .OfType<string>();
        Assert.Equal(["referrals"], workflowsEgressTargets);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Service_account_does_not_automount_its_token(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);

        var account = Assert.Single(rendering.OfKind("ServiceAccount"));
        Assert.Equal(false, (bool?)account["automountServiceAccountToken"]);
        Assert.All(rendering.OfKind("Deployment"), deployment =>
        {
            var pod = deployment["spec"]!["template"]!["spec"]!;
            Assert.Equal(false, (bool?)pod["automountServiceAccountToken"]);
            Assert.Equal(Rendering.NameOf(account), (string?)pod["serviceAccountName"]);
        });
    }

    [Fact]
    public void Gateway_routes_follow_the_enabled_services()
    {
        var rendering = Chart.Render("ci/production-values.yaml");
        var gatewayConfig = Assert.Single(rendering.OfKind("ConfigMap"), c => Rendering.ServiceOf(c) == "gateway")["data"]!;

        Assert.Equal("/api/referrals", (string?)gatewayConfig["GatewayOptions__Routes__referrals__PathPrefix"]);
        Assert.Equal("http://cti-cti-platform-referrals:8080", (string?)gatewayConfig["GatewayOptions__Routes__referrals__Destinations__0"]);
        Assert.Equal("/api/courses", (string?)gatewayConfig["GatewayOptions__Routes__workflows__PathPrefix"]);

        var withoutWorkflows = Chart.Template("ci/production-values.yaml", "--set", "services.workflows.enabled=false");
        Assert.True(withoutWorkflows.ExitCode == 0, withoutWorkflows.ToString());
        Assert.DoesNotContain("GatewayOptions__Routes__workflows", withoutWorkflows.StandardOutput);
        Assert.Contains("GatewayOptions__Routes__referrals__PathPrefix", withoutWorkflows.StandardOutput);
    }

    [Fact]
    public void Adding_a_municipality_is_a_values_entry()
    {
        var rendering = Chart.Render("ci/production-values.yaml");
        var shared = Assert.Single(rendering.OfKind("ConfigMap"), c => Rendering.NameOf(c) == "cti-cti-platform-config")["data"]!;
        Assert.Equal("851", (string?)shared["TenantOptions__Tenants__3__Id"]);
        Assert.Equal("Aalborg", (string?)shared["TenantOptions__Tenants__3__Name"]);

        var extraTenant = Path.Combine(Path.GetTempPath(), $"cti-tenants-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(extraTenant, """
            tenants:
              - { id: "101", name: København }
              - { id: "461", name: Odense }
              - { id: "730", name: Randers }
              - { id: "851", name: Aalborg }
              - { id: "630", name: Vejle }
            """);
        ProcessResult withVejle;
        try
        {
            withVejle = Chart.Template("ci/production-values.yaml", "-f", extraTenant);
        }
        finally
        {
            File.Delete(extraTenant);
        }

        Assert.True(withVejle.ExitCode == 0, withVejle.ToString());
        var objects = Yaml.ParseDocuments(withVejle.StandardOutput);
        var updated = objects.Single(o => (string?)o["kind"] == "ConfigMap" && Rendering.NameOf(o) == "cti-cti-platform-config")["data"]!;
        Assert.Equal("630", (string?)updated["TenantOptions__Tenants__4__Id"]);

        // The ConfigMap checksum on the pod template changes, so the upgrade rolls the pods onto the new tenant list.
        string Checksum(IEnumerable<JsonObject> all) => (string)all.First(o => (string?)o["kind"] == "Deployment")["spec"]!["template"]!["metadata"]!["annotations"]!["checksum/config"]!;
        Assert.NotEqual(Checksum(rendering.Objects), Checksum(objects));
        Assert.Equal(rendering.OfKind("Deployment").Count(), objects.Count(o => (string?)o["kind"] == "Deployment"));
    }

    [Fact]
    public void Notifications_style_services_get_dapr_sidecar_annotations()
    {
        var result = Chart.Template(Chart.DefaultValues,
            "--set", "services.notifications.enabled=true",
            "--set", "services.notifications.image.repository=cti-platform-notifications",
            "--set", "services.notifications.rabbitmq=true",
            "--set", "services.notifications.dapr.enabled=true");
        Assert.True(result.ExitCode == 0, result.ToString());

        var deployments = Yaml.ParseDocuments(result.StandardOutput).Where(o => (string?)o["kind"] == "Deployment").ToList();
        var annotations = deployments.Single(d => Rendering.ServiceOf(d) == "notifications")["spec"]!["template"]!["metadata"]!["annotations"]!;
        Assert.Equal("true", (string?)annotations["dapr.io/enabled"]);
        Assert.Equal("notifications", (string?)annotations["dapr.io/app-id"]);
        Assert.Equal("8080", (string?)annotations["dapr.io/app-port"]);
        var gateway = deployments.Single(d => Rendering.ServiceOf(d) == "gateway")["spec"]!["template"]!["metadata"]!["annotations"]!;
        Assert.Null(gateway["dapr.io/enabled"]);
    }

    [Theory]
    [InlineData("image.tag=latest", "image.tag")]
    [InlineData("services.gateway.image.tag=latest", "services.gateway.image.tag")]
    [InlineData("config.extraEnv.ConnectionStrings__rabbitmq=amqp://x", "config.extraEnv")]
    [InlineData("containerSecurityContext.readOnlyRootFilesystem=false", "containerSecurityContext.readOnlyRootFilesystem")]
    [InlineData("tenants[0].id=Kbh", "tenants.0.id")]
    [InlineData("services.gateway.replicaz=3", "replicaz")]
    [InlineData("services.referrals.env.PersistenceOptions__EncryptionKey=x", "services.referrals.env")]
    [InlineData("services.referrals.gatewayRoute.openApiPath=openapi/v1.json", "services.referrals.gatewayRoute.openApiPath")]
    [InlineData("services.referrals.gatewayRoute.timeout=30s", "services.referrals.gatewayRoute.timeout")]
    [InlineData("services.referrals.gatewayRoute.retries=3", "retries")]
    [InlineData("services.workflows.env.ConnectionStrings__workflows-db=x", "services.workflows.env")]
    public void Values_schema_rejects_unsafe_or_mistyped_values(string setting, string expectedInError)
    {
        var result = Chart.Template(Chart.DefaultValues, "--set", setting);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expectedInError, result.StandardError);
    }

    [Fact]
    public void Every_value_is_documented()
    {
        var lines = File.ReadAllLines(Path.Combine(Tooling.ChartDirectory, "values.yaml"));

        // Every top-level key carries a "# --" comment on itself or on its first documented child.
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] is ' ' or '#' || !line.Contains(':'))
            {
                continue;
            }

            var block = lines.Skip(Math.Max(0, i - 3)).Take(lines.Skip(i + 1).TakeWhile(l => l.Length == 0 || l[0] is ' ' or '#').Count() + Math.Min(i, 3) + 1);
            Assert.True(block.Any(l => l.TrimStart().StartsWith("# --", StringComparison.Ordinal)), $"values.yaml: '{line}' has no '# --' documentation");
        }
    }

    /// <summary>
    /// Asserts what every service's pod shares — its image, probes, limits, non-root read-only container with a
    /// writable /tmp — and returns the container's environment as secret references (name → Secret and key).
    /// </summary>
    private static Dictionary<string, (string? Secret, string? Key)> AssertLockedDownService(Rendering rendering, string service)
    {
        var deployment = Assert.Single(rendering.OfKind("Deployment"), d => Rendering.ServiceOf(d) == service);
        var pod = deployment["spec"]!["template"]!["spec"]!;
        var container = Assert.Single(pod["containers"]!.AsArray())!;

        Assert.EndsWith($"/cti-platform-{service}:0.1.0", (string?)container["image"]);
        Assert.Equal("/alive", (string?)container["startupProbe"]?["httpGet"]?["path"]);
        Assert.Equal("/alive", (string?)container["livenessProbe"]?["httpGet"]?["path"]);
        Assert.Equal("/health", (string?)container["readinessProbe"]?["httpGet"]?["path"]);
        Assert.NotNull(container["resources"]?["limits"]?["cpu"]);
        Assert.NotNull(container["resources"]?["limits"]?["memory"]);
        Assert.Equal(true, (bool?)pod["securityContext"]!["runAsNonRoot"]);
        Assert.Equal(1654L, (long?)container["securityContext"]!["runAsUser"]);
        Assert.Equal(true, (bool?)container["securityContext"]!["readOnlyRootFilesystem"]);
        Assert.Equal("/tmp", (string?)container["volumeMounts"]![0]!["mountPath"]);
        return container["env"]!.AsArray().ToDictionary(
            v => (string)v!["name"]!,
            v => ((string?)v!["valueFrom"]!["secretKeyRef"]!["name"], (string?)v["valueFrom"]!["secretKeyRef"]!["key"]));
    }

    /// <summary>The shared and the service's database Secret names: the production example names its existing Secrets.</summary>
    private static (string Shared, string Database) SecretNames(string valuesFile, string service) =>
        valuesFile == "ci/production-values.yaml" ? ("cti-shared", $"cti-{service}-db") : ("cti-cti-platform-shared", $"cti-cti-platform-{service}-db");
}
