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
        arguments.AddRange(Chart.ValuesArguments(valuesFile));

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

        Assert.Equal(ChartValues.Load("ci/production-values.yaml").EnabledServices(), rendering.Services);
        Assert.True(rendering.Services.Count >= 3, "the production example deploys the gateway and at least two services");
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
        var values = ChartValues.Load(valuesFile);
        var settings = new List<string>
        {
            "--set", "secrets.create=true",
            "--set", $"secrets.encryptionKeys.k1={sentinel}-encryption",
            "--set", $"secrets.contactMatchingKeys.m1={sentinel}-contact-matching",
            "--set", $"secrets.oidcClientSecret={sentinel}-oidc-client",
        };
        foreach (var service in values.EnabledServices().Where(s => values.Service(s).RabbitMq))
        {
            settings.AddRange(["--set", $"secrets.rabbitmqConnectionStrings.{service}=amqp://{service}:{sentinel}-{service}-rabbit@rabbitmq:5672/cti"]);
        }

        foreach (var service in values.EnabledServices().Where(s => values.Service(s).Database))
        {
            settings.AddRange(["--set", $"secrets.databases.{service}.connectionString=Host=db;Password={sentinel}-{service}-app"]);
            settings.AddRange(["--set", $"secrets.databases.{service}.migrationsConnectionString=Host=db;Password={sentinel}-{service}-owner"]);
        }

        var result = Chart.Template(valuesFile, [.. settings]);
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
                Assert.DoesNotMatch("(?i)(ConnectionStrings__|SigningKey|EncryptionKey|Password|ContactMatchingOptions__Keys|ClientSecret)", key);
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
        var values = ChartValues.Load(valuesFile);

        foreach (var deployment in rendering.OfKind("Deployment"))
        {
            var service = values.Service(Rendering.ServiceOf(deployment)!);
            foreach (var variable in deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]?.AsArray() ?? [])
            {
                Assert.Null(variable!["value"]);
                Assert.NotNull(variable["valueFrom"]!["secretKeyRef"]);
            }

            var names = (deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]?.AsArray() ?? [])
                .Select(v => (string)v!["name"]!).ToList();
            // Each variable is mounted exactly when the entry asks for it: a service without personal data
            // (encryption false) never gets the key.
            Assert.Equal(service.Database, names.Contains($"ConnectionStrings__{service.Name}-db"));
            Assert.Equal(service.RabbitMq, names.Contains("ConnectionStrings__rabbitmq"));
            Assert.Equal(service.Encryption, names.Contains("PersistenceOptions__EncryptionKeys__k1"));
            Assert.Equal(service.ContactMatching, names.Contains("ContactMatchingOptions__Keys__m1"));
        }
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void No_deployment_holds_the_owner_connection_string_or_a_signing_key(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        var values = ChartValues.Load(valuesFile);
        var ownerKey = (string)values["serviceDefaults"]!["database"]!["keys"]!["migrationsConnectionString"]!;

        Assert.NotEmpty(rendering.OfKind("Deployment"));
        foreach (var deployment in rendering.OfKind("Deployment"))
        {
            // The whole object, so no env, envFrom, volume or annotation can bring them in either.
            var text = deployment.ToJsonString();
            Assert.DoesNotContain("-migrations", text, StringComparison.Ordinal);
            Assert.DoesNotContain(ownerKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain("SigningKey", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("signing-key", text, StringComparison.OrdinalIgnoreCase);
        }

        // Tokens are validated against the issuer's published keys: the authority reaches every pod, no key does.
        var shared = Assert.Single(rendering.OfKind("ConfigMap"), c => Rendering.NameOf(c) == $"{ChartValues.Fullname}-config");
        Assert.Equal((string?)values["config"]!["jwt"]!["authority"], (string?)shared["data"]!["JwtOptions__Authority"]);
        Assert.DoesNotContain(rendering.OfKind("Secret").SelectMany(SecretKeys), key => key.Contains("signing", StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> SecretKeys(JsonObject secret) =>
        (secret["stringData"]?.AsObject() ?? []).Concat(secret["data"]?.AsObject() ?? []).Select(p => p.Key);

    [Theory]
    [MemberData(nameof(Chart.ServiceData), MemberType = typeof(Chart))]
    public void A_database_service_is_migrated_by_a_locked_down_hook_job_that_alone_holds_the_owner(string valuesFile, string name)
    {
        var rendering = Chart.Render(valuesFile);
        var values = ChartValues.Load(valuesFile);
        var service = values.Service(name);
        var jobs = rendering.OfKind("Job").Where(j => Rendering.ServiceOf(j) == $"{name}-migrate").ToList();

        if (!service.Database)
        {
            Assert.Empty(jobs);
            return;
        }

        var job = Assert.Single(jobs);
        var annotations = job["metadata"]!["annotations"]!;
        Assert.Equal("pre-install,pre-upgrade", (string?)annotations["helm.sh/hook"]);
        Assert.Contains("before-hook-creation", (string?)annotations["helm.sh/hook-delete-policy"]);
        var pod = job["spec"]!["template"]!["spec"]!;
        var container = Assert.Single(pod["containers"]!.AsArray())!;
        var deploymentContainer = rendering.Single("Deployment", name)["spec"]!["template"]!["spec"]!["containers"]![0]!;

        Assert.Equal((string?)deploymentContainer["image"], (string?)container["image"]);
        Assert.Equal(["migrate"], container["args"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("Never", (string?)pod["restartPolicy"]);
        Assert.Equal(false, (bool?)pod["automountServiceAccountToken"]);
        Assert.Null(pod["serviceAccountName"]);
        Assert.Equal(true, (bool?)pod["securityContext"]!["runAsNonRoot"]);
        Assert.Equal(1654L, (long?)container["securityContext"]!["runAsUser"]);
        Assert.Equal(true, (bool?)container["securityContext"]!["readOnlyRootFilesystem"]);
        Assert.Equal(false, (bool?)container["securityContext"]!["allowPrivilegeEscalation"]);
        Assert.Equal(["ALL"], container["securityContext"]!["capabilities"]!["drop"]!.AsArray().Select(c => (string?)c));
        Assert.NotNull(container["resources"]?["limits"]?["memory"]);

        var secretRefs = container["env"]!.AsArray().Where(v => v!["valueFrom"] is not null).ToDictionary(
            v => (string)v!["name"]!,
            v => ((string?)v!["valueFrom"]!["secretKeyRef"]!["name"], (string?)v["valueFrom"]!["secretKeyRef"]!["key"]));
        var expectedRefs = new Dictionary<string, (string?, string?)>
        {
            [$"ConnectionStrings__{name}-db"] = (service.DatabaseSecret, "connection-string"),
            [$"ConnectionStrings__{name}-db-migrations"] = (service.DatabaseSecret, "migrations-connection-string"),
        };
        if (service.RabbitMq)
        {
            // It declares the service's queues as the service's own broker user (decision 213).
            expectedRefs["ConnectionStrings__rabbitmq"] = (values.SharedSecret, $"{name}-rabbitmq-connection-string");
        }

        Assert.Equal(expectedRefs.OrderBy(p => p.Key, StringComparer.Ordinal), secretRefs.OrderBy(p => p.Key, StringComparer.Ordinal));

        // Its pods are not the service's: no Service routes to them, and their own policy allows DNS, PostgreSQL and,
        // with the broker, RabbitMQ only.
        var podLabels = job["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();
        var selector = rendering.Single("Service", name)["spec"]!["selector"]!.AsObject();
        Assert.False(selector.All(p => (string?)podLabels[p.Key] == (string?)p.Value), "the service's Service selects the migration pod");
        if (rendering.OfKind("NetworkPolicy").Any())
        {
            var policy = Assert.Single(rendering.OfKind("NetworkPolicy"), p => Rendering.ServiceOf(p) == $"{name}-migrate");
            Assert.True(policy["spec"]!["podSelector"]!["matchLabels"]!.AsObject().All(p => (string?)podLabels[p.Key] == (string?)p.Value));
            Assert.Null(policy["spec"]!["ingress"]);
            long[] ports = service.RabbitMq
                ? [53L, 53L, (long)values["postgresql"]!["port"]!, (long)values["rabbitmq"]!["port"]!]
                : [53L, 53L, (long)values["postgresql"]!["port"]!];
            Assert.Equal(ports, policy["spec"]!["egress"]!.AsArray().SelectMany(r => r!["ports"]!.AsArray()).Select(p => (long)p!["port"]!));
        }

        // Created by the chart, the database Secret (and the shared one with the broker's) must exist before the pre-install Job that reads it.
        string[] secretsRead = service.RabbitMq ? [service.DatabaseSecret, values.SharedSecret] : [service.DatabaseSecret];
        foreach (var secret in rendering.OfKind("Secret").Where(x => secretsRead.Contains(Rendering.NameOf(x))))
        {
            Assert.Equal("pre-install,pre-upgrade", (string?)secret["metadata"]!["annotations"]?["helm.sh/hook"]);
            Assert.True(int.Parse((string)secret["metadata"]!["annotations"]!["helm.sh/hook-weight"]!, System.Globalization.CultureInfo.InvariantCulture)
                < int.Parse((string)annotations["helm.sh/hook-weight"]!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("https://login.kommune.example/realms/cti/.well-known/openid-configuration")]
    [InlineData("https://login.kommune.example/realms/cti/.well-known/openid-configuration/")]
    public void Chart_refuses_an_authority_that_is_the_metadata_url(string authority)
    {
        var result = Chart.Template(Chart.DefaultValues, "--set", $"config.jwt.authority={authority}");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("config.jwt.authority must be the issuer URL, not its metadata URL: use https://login.kommune.example/realms/cti", result.StandardError);
    }

    [Fact]
    public void Default_values_deploy_every_enabled_service_of_the_values()
    {
        var enabled = ChartValues.Load(Chart.DefaultValues).EnabledServices();

        Assert.Equal(enabled, Chart.Render(Chart.DefaultValues).Services);
        Assert.Contains("gateway", enabled);
    }

    [Theory]
    [MemberData(nameof(Chart.ServiceData), MemberType = typeof(Chart))]
    public void Service_runs_locked_down_with_probes_limits_and_its_secrets(string valuesFile, string name)
    {
        var rendering = Chart.Render(valuesFile);
        var values = ChartValues.Load(valuesFile);
        var service = values.Service(name);
        var pod = rendering.Single("Deployment", name)["spec"]!["template"]!["spec"]!;
        var container = Assert.Single(pod["containers"]!.AsArray())!;

        Assert.EndsWith($"/{service.Repository}:0.1.0", (string?)container["image"]);
        Assert.Equal("/alive", (string?)container["startupProbe"]?["httpGet"]?["path"]);
        Assert.Equal("/alive", (string?)container["livenessProbe"]?["httpGet"]?["path"]);
        Assert.Equal("/health", (string?)container["readinessProbe"]?["httpGet"]?["path"]);
        Assert.NotNull(container["resources"]?["limits"]?["cpu"]);
        Assert.NotNull(container["resources"]?["limits"]?["memory"]);
        Assert.Equal(true, (bool?)pod["securityContext"]!["runAsNonRoot"]);
        Assert.Equal(1654L, (long?)container["securityContext"]!["runAsUser"]);
        Assert.Equal(true, (bool?)container["securityContext"]!["readOnlyRootFilesystem"]);
        Assert.Equal("/tmp", (string?)container["volumeMounts"]![0]!["mountPath"]);

        // Every secret arrives as a secretKeyRef: the broker URI and the encryption key from the shared Secret, the
        // connection strings from the service's database Secret; nothing the entry does not ask for.
        var secretRefs = container["env"]!.AsArray().ToDictionary(
            v => (string)v!["name"]!,
            v => ((string?)v!["valueFrom"]!["secretKeyRef"]!["name"], (string?)v["valueFrom"]!["secretKeyRef"]!["key"]));
        var expected = new Dictionary<string, (string?, string?)>();
        if (service.Database)
        {
            expected[$"ConnectionStrings__{name}-db"] = (service.DatabaseSecret, "connection-string");
        }

        if (service.RabbitMq)
        {
            // Its own broker user: a key of its own in the shared Secret (decision 210).
            expected["ConnectionStrings__rabbitmq"] = (values.SharedSecret, $"{name}-rabbitmq-connection-string");
        }

        if (service.Encryption)
        {
            expected["PersistenceOptions__EncryptionKeys__k1"] = (values.SharedSecret, "encryption-key-k1");
        }

        if (service.ContactMatching)
        {
            // The never-contact ring, only for the services that list or recognise never-contact people (decision 033).
            expected["ContactMatchingOptions__Keys__m1"] = (values.SharedSecret, "contact-matching-key-m1");
        }

        if (service.OidcClient)
        {
            // The web app's client secret at the identity provider (decision 805).
            expected["OidcOptions__ClientSecret"] = (values.SharedSecret, "oidc-client-secret");
        }

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), secretRefs.OrderBy(p => p.Key, StringComparer.Ordinal));

        var configMapKeys = rendering.OfKind("ConfigMap").SelectMany(c => c["data"]?.AsObject() ?? []).Select(p => p.Key);
        Assert.DoesNotContain(configMapKeys, key => key.Contains("EncryptionKey", StringComparison.OrdinalIgnoreCase) || key.StartsWith("ContactMatchingOptions__Keys", StringComparison.Ordinal));
        var ownConfig = rendering.OfKind("ConfigMap").Where(c => Rendering.ServiceOf(c) == name).SelectMany(c => c["data"]?.AsObject() ?? []).ToList();
        Assert.Equal(service.ContactMatching ? "m1" : null, (string?)ownConfig.SingleOrDefault(p => p.Key == "ContactMatchingOptions__CurrentKeyId").Value);

        var kubernetesService = rendering.Single("Service", name);
        Assert.Equal("ClusterIP", (string?)kubernetesService["spec"]!["type"] ?? "ClusterIP");
        Assert.Contains(rendering.OfKind("ConfigMap"), c => Rendering.ServiceOf(c) == name);
        Assert.DoesNotContain(rendering.OfKind("Ingress"), i => Rendering.ServiceOf(i) == name);
    }

    [Theory]
    [MemberData(nameof(Chart.ServiceData), MemberType = typeof(Chart))]
    public void Service_gets_an_autoscaler_or_replicas_and_a_disruption_budget_per_its_values(string valuesFile, string name)
    {
        var rendering = Chart.Render(valuesFile);
        var service = ChartValues.Load(valuesFile).Service(name);
        var deployment = rendering.Single("Deployment", name);
        var autoscaling = service.Entry["autoscaling"]!;

        var autoscaler = rendering.OfKind("HorizontalPodAutoscaler").SingleOrDefault(h => Rendering.ServiceOf(h) == name);
        if (autoscaling["enabled"]!.GetValue<bool>())
        {
            Assert.NotNull(autoscaler);
            Assert.Equal(Rendering.NameOf(deployment), (string?)autoscaler["spec"]!["scaleTargetRef"]!["name"]);
            Assert.Equal(autoscaling["minReplicas"]!.GetValue<long>(), (long)autoscaler["spec"]!["minReplicas"]!);
            Assert.Equal(autoscaling["maxReplicas"]!.GetValue<long>(), (long)autoscaler["spec"]!["maxReplicas"]!);
            Assert.Null(deployment["spec"]!["replicas"]);
        }
        else
        {
            Assert.Null(autoscaler);
            Assert.Equal(service.Entry["replicas"]!.GetValue<long>(), (long?)deployment["spec"]!["replicas"]);
        }

        var budget = rendering.OfKind("PodDisruptionBudget").SingleOrDefault(p => Rendering.ServiceOf(p) == name);
        Assert.Equal(service.Entry["podDisruptionBudget"]!["enabled"]!.GetValue<bool>(), budget is not null);
    }

    [Theory]
    [MemberData(nameof(Chart.ServiceData), MemberType = typeof(Chart))]
    public void Service_takes_calls_only_from_the_gateway_and_its_callers_and_reaches_only_what_it_uses(string valuesFile, string name)
    {
        var rendering = Chart.Render(valuesFile);
        var values = ChartValues.Load(valuesFile);
        var service = values.Service(name);
        var policy = rendering.Single("NetworkPolicy", name)["spec"]!;

        var callers = policy["ingress"]!.AsArray().SelectMany(rule => rule!["from"]!.AsArray()).ToList();
        Assert.All(callers.Where(c => c!["podSelector"] is not null), caller => Assert.Null(caller!["namespaceSelector"]));
        var expectedCallers = (service.PathPrefix is null ? [] : new[] { "gateway" }).Concat(service.AllowFrom).Order(StringComparer.Ordinal);
        Assert.Equal(expectedCallers, callers.Select(c => (string?)c!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"]).OfType<string>().Order(StringComparer.Ordinal));

        // It reaches another service's pods only when that service lists it as a caller.
        var egress = policy["egress"]!.AsArray();
        var expectedTargets = values.EnabledServices().Where(other => values.Service(other).AllowFrom.Contains(name));
        Assert.Equal(expectedTargets, egress
            .SelectMany(rule => rule!["to"]?.AsArray() ?? [])
            .Select(peer => (string?)peer!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"])
            .OfType<string>()
            .Order(StringComparer.Ordinal));

        // DNS always, the identity provider when its peers are given; PostgreSQL and RabbitMQ only when it uses them.
        var expectedPorts = new List<long> { 53 };
        if (service.Database)
        {
            expectedPorts.Add(values["postgresql"]!["port"]!.GetValue<long>());
        }

        if (service.RabbitMq)
        {
            expectedPorts.Add(values["rabbitmq"]!["port"]!.GetValue<long>());
        }

        if (values["identityProvider"]!["networkPolicyPeers"]!.AsArray().Count > 0)
        {
            expectedPorts.Add(values["identityProvider"]!["port"]!.GetValue<long>());
        }

        var extraPorts = (values["networkPolicy"]?["extraEgress"]?.AsArray() ?? [])
            .SelectMany(rule => rule!["ports"]?.AsArray() ?? []).Select(p => p!["port"]!.GetValue<long>());
        var ports = egress
            .Where(rule => (rule!["to"]?.AsArray() ?? []).All(peer => peer!["podSelector"] is null || peer["namespaceSelector"] is not null))
            .SelectMany(rule => rule!["ports"]?.AsArray() ?? []).Select(p => (long)p!["port"]!);
        Assert.Equal(expectedPorts.Concat(extraPorts).Distinct().Order(), ports.Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Chart.ServiceData), MemberType = typeof(Chart))]
    public void Gateway_routes_to_the_service_with_its_route_settings(string valuesFile, string name)
    {
        var rendering = Chart.Render(valuesFile);
        var service = ChartValues.Load(valuesFile).Service(name);

        service.AssertGatewayRoute(rendering.GatewayConfig.AsObject(), $"http://{ChartValues.Fullname}-{name}:8080");
        if (service.PathPrefix is null)
        {
            return;
        }

        var gatewayTargets = rendering.Single("NetworkPolicy", "gateway")["spec"]!["egress"]!.AsArray()
            .SelectMany(rule => rule!["to"]?.AsArray() ?? [])
            .Select(peer => (string?)peer!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"]);
        Assert.Contains(name, gatewayTargets);
    }

    [Fact]
    public void The_default_routes_carry_a_document_and_a_rate_limit_policy()
    {
        // Keeps the route-settings theory honest: the defaults exercise both optional settings that render. The web
        // app's catch-all serves pages, not an API document.
        var values = ChartValues.Load(Chart.DefaultValues);
        var routed = values.EnabledServices().Select(values.Service).Where(s => s.PathPrefix is not null && !s.IsCatchAll).ToList();

        Assert.True(routed.Count >= 2, "expected at least two routed services");
        Assert.All(routed, s => Assert.Equal("/openapi/v1.json", s.Route("openApiPath")));
        Assert.Contains(routed, s => s.Route("rateLimitPolicy") is not null);
        Assert.Contains(routed, s => s.Route("rateLimitPolicy") is null);
    }

    [Fact]
    public void Gateway_route_settings_render_only_for_routed_services()
    {
        var values = ChartValues.Load(Chart.DefaultValues);
        var name = values.EnabledServices().First(s => values.Service(s).PathPrefix is not null);
        var result = Chart.Template(Chart.DefaultValues,
            "--set", $"services.{name}.gatewayRoute.timeout=00:01:30",
            "--set", $"services.{name}.gatewayRoute.maxRequestBodySize=10485760");
        Assert.True(result.ExitCode == 0, result.ToString());
        var gatewayConfig = Yaml.ParseDocuments(result.StandardOutput)
            .Single(o => (string?)o["kind"] == "ConfigMap" && Rendering.ServiceOf(o) == "gateway")["data"]!;
        Assert.Equal("00:01:30", (string?)gatewayConfig[$"GatewayOptions__Routes__{name}__Timeout"]);
        Assert.Equal("10485760", (string?)gatewayConfig[$"GatewayOptions__Routes__{name}__MaxRequestBodySize"]);

        var unrouted = Chart.Template(Chart.DefaultValues, "--set", $"services.{name}.pathPrefix=");
        Assert.True(unrouted.ExitCode == 0, unrouted.ToString());
        Assert.DoesNotContain($"GatewayOptions__Routes__{name}", unrouted.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Only_the_gateway_has_an_ingress(string valuesFile)
    {
        var ingresses = Chart.Render(valuesFile).OfKind("Ingress").ToList();
        if (ChartValues.Load(valuesFile)["ingress"]!["enabled"]!.GetValue<bool>() == false)
        {
            Assert.Empty(ingresses);
            return;
        }

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

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Every_service_runs_as_its_own_service_account_without_a_token(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);

        var accounts = rendering.OfKind("ServiceAccount").ToList();
        Assert.Equal(rendering.Services, accounts.Select(Rendering.ServiceOf).Order(StringComparer.Ordinal));
        Assert.All(accounts, account => Assert.Equal(false, (bool?)account["automountServiceAccountToken"]));
        Assert.All(rendering.OfKind("Deployment"), deployment =>
        {
            var pod = deployment["spec"]!["template"]!["spec"]!;
            Assert.Equal(false, (bool?)pod["automountServiceAccountToken"]);
            var account = Assert.Single(accounts, a => Rendering.NameOf(a) == (string?)pod["serviceAccountName"]);
            Assert.Equal(Rendering.ServiceOf(deployment), Rendering.ServiceOf(account));
        });
    }

    [Fact]
    public void A_services_account_takes_its_own_annotations_over_the_shared_ones()
    {
        var result = Chart.Template(Chart.DefaultValues,
            "--set", "serviceAccount.annotations.team=cti",
            "--set", "services.referrals.serviceAccountAnnotations.azure\\.workload\\.identity/client-id=referrals-id");
        Assert.True(result.ExitCode == 0, result.ToString());

        var accounts = Yaml.ParseDocuments(result.StandardOutput).Where(o => (string?)o["kind"] == "ServiceAccount").ToList();
        Assert.All(accounts, a => Assert.Equal("cti", (string?)a["metadata"]!["annotations"]!["team"]));
        Assert.Equal(["referrals"], accounts.Where(a => a["metadata"]!["annotations"]!["azure.workload.identity/client-id"] is not null).Select(Rendering.ServiceOf));
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void No_service_reaches_anywhere_but_the_identity_provider_on_its_port(string valuesFile)
    {
        var values = ChartValues.Load(valuesFile);
        var port = values["identityProvider"]!["port"]!.GetValue<long>();
        var peers = values["identityProvider"]!["networkPolicyPeers"]!.AsArray();

        var rendering = Chart.Render(valuesFile);
        foreach (var policy in rendering.OfKind("NetworkPolicy").Where(p => p["spec"]!["egress"] is not null))
        {
            var rules = policy["spec"]!["egress"]!.AsArray()
                .Where(rule => (rule!["ports"]?.AsArray() ?? []).Any(p => (long?)p!["port"] is 443 || (long?)p!["port"] == port))
                .ToList();
            // Never a port to every destination (the service holding CPR numbers must not reach the internet).
            Assert.All(rules, rule => Assert.NotEmpty(rule!["to"]?.AsArray() ?? []));
            var identityRules = rules.Where(rule => rule!["to"]!.ToJsonString() == peers.ToJsonString()).ToList();
            // Every service validates tokens; the migration Jobs and the test pod do not.
            var validatesTokens = rendering.Services.Contains(Rendering.ServiceOf(policy) ?? "");
            Assert.Equal(peers.Count > 0 && validatesTokens ? 1 : 0, identityRules.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Chart.ServiceData), MemberType = typeof(Chart))]
    public void Gateway_routes_follow_the_enabled_services(string valuesFile, string name)
    {
        var values = ChartValues.Load(valuesFile);
        var otherRoutes = values.EnabledServices().Where(s => s != name && values.Service(s).PathPrefix is not null).ToList();

        var without = Chart.Template(valuesFile, "--set", $"services.{name}.enabled=false");

        Assert.True(without.ExitCode == 0, without.ToString());
        Assert.DoesNotContain($"GatewayOptions__Routes__{name}__", without.StandardOutput);
        Assert.DoesNotContain(Yaml.ParseDocuments(without.StandardOutput), o => Rendering.ServiceOf(o) == name);
        Assert.All(otherRoutes, other => Assert.Contains($"GatewayOptions__Routes__{other}__PathPrefix", without.StandardOutput));
    }

    [Fact]
    public void Adding_a_municipality_is_a_values_entry_that_restarts_nothing()
    {
        var rendering = Chart.Render("ci/production-values.yaml");
        Assert.Contains(("851", "Aalborg"), Tenants(rendering.Objects));

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
        Assert.Equal(("630", "Vejle"), Tenants(objects)[4]);

        // The tenants file is mounted, not an environment variable, and the services reload it: no checksum changes, so
        // the upgrade rolls no pod (decision 113). Every Deployment mounts it where its TenantsFile setting points.
        Assert.Equal(RollingChecksums.Of(rendering.Objects), RollingChecksums.Of(objects));
        var shared = Assert.Single(objects, o => (string?)o["kind"] == "ConfigMap" && Rendering.NameOf(o) == "cti-cti-platform-config")["data"]!;
        Assert.DoesNotContain(shared.AsObject(), p => p.Key.StartsWith("TenantOptions__", StringComparison.Ordinal));
        Assert.Equal("/etc/cti/tenants/tenants.json", (string?)shared["TenantsFile"]);
        Assert.All(objects.Where(o => (string?)o["kind"] == "Deployment"), deployment =>
        {
            var pod = deployment["spec"]!["template"]!["spec"]!;
            var volume = Assert.Single(pod["volumes"]!.AsArray(), v => (string?)v!["configMap"]?["name"] == "cti-cti-platform-tenants")!;
            var mount = Assert.Single(pod["containers"]![0]!["volumeMounts"]!.AsArray(), m => (string?)m!["name"] == (string?)volume["name"])!;
            Assert.Equal("/etc/cti/tenants", (string?)mount["mountPath"]);
            Assert.Null(mount["subPath"]);
        });
        Assert.Equal(rendering.OfKind("Deployment").Count(), objects.Count(o => (string?)o["kind"] == "Deployment"));
    }

    private static List<(string Id, string Name)> Tenants(IEnumerable<JsonObject> objects)
    {
        var file = (string)objects.Single(o => (string?)o["kind"] == "ConfigMap" && Rendering.NameOf(o) == "cti-cti-platform-tenants")["data"]!["tenants.json"]!;
        return JsonNode.Parse(file)!["TenantOptions"]!["Tenants"]!.AsArray()
            .Select(t => ((string)t!["Id"]!, (string)t["Name"]!)).ToList();
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
    [InlineData("config.jwt.authority=", "config.jwt.authority")]
    [InlineData("config.jwt.authority=http://login.example/realms/cti", "config.jwt.authority")]
    [InlineData("secrets.jwtSigningKey=c2VjcmV0", "jwtSigningKey")]
    [InlineData("serviceDefaults.podLabels.app\\.kubernetes\\.io/name=x", "serviceDefaults.podLabels")]
    [InlineData("services.referrals.podAnnotations.checksum/config=x", "services.referrals.podAnnotations")]
    [InlineData("serviceDefaults.podDisruptionBudget.unhealthyPodEvictionPolicy=Sometimes", "unhealthyPodEvictionPolicy")]
    [InlineData("serviceDefaults.topologySpread.zone=Always", "serviceDefaults.topologySpread.zone")]
    [InlineData("services.referrals.extraSecretEnv[0].name=A", "secretName")]
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

    [Fact]
    public void An_ingress_without_the_controllers_network_is_refused()
    {
        var result = Chart.Template(Chart.DefaultValues, "--set", "ingress.enabled=true");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("trustedProxies is required when ingress.enabled or httpRoute.enabled: set it to the network (CIDR) of the ingress controller's pods", result.StandardError);
    }

    [Fact]
    public void Trusted_proxies_are_one_value_that_reaches_the_gateway_only()
    {
        var result = Chart.Template(Chart.DefaultValues, "--set", "ingress.enabled=true", "--set", "trustedProxies={10.42.0.0/16,fd00:42::/56}");

        Assert.True(result.ExitCode == 0, result.ToString());
        var configMaps = Yaml.ParseDocuments(result.StandardOutput).Where(o => (string?)o["kind"] == "ConfigMap").ToList();
        var gateway = configMaps.Single(c => Rendering.ServiceOf(c) == "gateway")["data"]!;
        Assert.Equal("10.42.0.0/16", (string?)gateway["GatewayOptions__TrustedProxies__0"]);
        Assert.Equal("fd00:42::/56", (string?)gateway["GatewayOptions__TrustedProxies__1"]);
        Assert.All(configMaps.Where(c => Rendering.ServiceOf(c) != "gateway"),
            c => Assert.DoesNotContain("TrustedProxies", c.ToJsonString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("trustedProxies={10.42.0.0}", "trustedProxies.0")]
    [InlineData("services.gateway.env.GatewayOptions__TrustedProxies__0=10.42.0.0/16", "services.gateway.env.GatewayOptions__TrustedProxies__0: set trustedProxies instead")]
    public void Trusted_proxies_are_refused_malformed_or_beside_the_value(string setting, string expectedInError)
    {
        var result = Chart.Template("ci/production-values.yaml", "--set", setting);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expectedInError, result.StandardError);
    }

    [Fact]
    public void The_production_example_terminates_tls_at_the_ingress()
    {
        var values = ChartValues.Load("ci/production-values.yaml");

        var ingress = Assert.Single(Chart.Render("ci/production-values.yaml").OfKind("Ingress"));

        var tls = Assert.Single(ingress["spec"]!["tls"]!.AsArray())!;
        Assert.Equal([(string?)values["ingress"]!["host"]], tls["hosts"]!.AsArray().Select(h => (string?)h));
        Assert.False(string.IsNullOrEmpty((string?)tls["secretName"]));
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void An_http_route_is_rendered_when_asked_for_and_reaches_only_the_gateway(string valuesFile)
    {
        var values = ChartValues.Load(valuesFile);
        var routes = Chart.Render(valuesFile).OfKind("HTTPRoute").ToList();
        if (values["httpRoute"]!["enabled"]!.GetValue<bool>() == false)
        {
            Assert.Empty(routes);
            return;
        }

        var spec = Assert.Single(routes)["spec"]!;
        Assert.Equal(values["httpRoute"]!["parentRefs"]!.ToJsonString(), spec["parentRefs"]!.ToJsonString());
        var backends = spec["rules"]!.AsArray().SelectMany(rule => rule!["backendRefs"]!.AsArray()).ToList();
        Assert.All(backends, backend =>
        {
            Assert.Equal($"{ChartValues.Fullname}-gateway", (string?)backend!["name"]);
            Assert.Equal(8080L, (long?)backend["port"]);
        });
        Assert.NotEmpty(backends);
    }

    [Fact]
    public void The_gateway_api_example_has_a_route_and_no_ingress()
    {
        var rendering = Chart.Render("ci/gateway-api-values.yaml");

        Assert.Single(rendering.OfKind("HTTPRoute"));
        Assert.Empty(rendering.OfKind("Ingress"));
    }

    [Theory]
    [InlineData("httpRoute.parentRefs[0].name=public", "trustedProxies is required when ingress.enabled or httpRoute.enabled")]
    [InlineData("trustedProxies={10.42.0.0/16}", "httpRoute.parentRefs is required when httpRoute.enabled")]
    public void An_http_route_without_its_gateway_or_the_proxies_network_is_refused(string setting, string expectedInError)
    {
        var result = Chart.Template(Chart.DefaultValues, "--set", "httpRoute.enabled=true", "--set", setting);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expectedInError, result.StandardError);
    }

    [Theory]
    [InlineData("services.referrals.autoscaling.minReplicas=5", "services.referrals.autoscaling: minReplicas (5) is above maxReplicas (4)")]
    [InlineData("services.referrals.allowFrom={workflow}", "services.referrals.allowFrom: \"workflow\" is not a service (a key of services:)")]
    [InlineData("services.config.image.repository=x", "services: Property name of \"config\" does not match")]
    [InlineData("services.tenants.image.repository=x", "services: Property name of \"tenants\" does not match")]
    [InlineData("services.default-deny.image.repository=x", "services: Property name of \"default-deny\" does not match")]
    [InlineData("services.referrals-migrate.image.repository=x", "services: Property name of \"referrals-migrate\" does not match")]
    public void Mistakes_that_would_render_are_refused_with_a_message(string setting, string message)
    {
        var result = Chart.Template(Chart.DefaultValues, "--set", setting);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.StandardError);
    }

    [Fact]
    public void Every_shared_object_name_is_one_a_service_may_not_take()
    {
        // Keeps the schema's list of reserved names true as shared objects are added: each is <fullname>-<suffix>.
        var rendering = Chart.Render("ci/minimal-values.yaml");
        var services = rendering.Services.ToHashSet(StringComparer.Ordinal);
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Tooling.ChartDirectory, "values.schema.json")))!;
        var reserved = new System.Text.RegularExpressions.Regex((string)schema["properties"]!["services"]!["propertyNames"]!["not"]!["pattern"]!);

        var shared = rendering.Objects.Where(o => Rendering.ServiceOf(o) is not { } owner || !services.Contains(owner))
            .Select(Rendering.NameOf)
            .Where(name => name.StartsWith($"{ChartValues.Fullname}-", StringComparison.Ordinal))
            .Select(name => name[(ChartValues.Fullname.Length + 1)..])
            .ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, suffix => Assert.Matches(reserved, suffix));
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Helm_test_asks_the_gateway_for_its_health_and_every_routed_document_from_inside(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        var values = ChartValues.Load(valuesFile);

        var pod = Assert.Single(rendering.OfKind("Pod"));
        Assert.Equal("test", (string?)pod["metadata"]!["annotations"]!["helm.sh/hook"]);
        var container = Assert.Single(pod["spec"]!["containers"]!.AsArray())!;
        var gateway = rendering.Single("Deployment", "gateway")["spec"]!["template"]!["spec"]!["containers"]![0]!;
        Assert.Equal((string?)gateway["image"], (string?)container["image"]);
        var gatewayUrl = $"http://{ChartValues.Fullname}-gateway:8080";
        var documents = values.EnabledServices().Select(values.Service)
            .Where(s => s.PathPrefix is not null && s.Route("openApiPath") is not null)
            .Select(s => $"{gatewayUrl}/openapi/{s.Name}.json");
        Assert.Equal(["probe", $"{gatewayUrl}/health", .. documents], container["args"]!.AsArray().Select(a => (string?)a));
        Assert.Contains(documents, d => d.EndsWith("/openapi/referrals.json", StringComparison.Ordinal));

        // Locked down like every pod, and it reaches the gateway only.
        Assert.Equal(false, (bool?)pod["spec"]!["automountServiceAccountToken"]);
        Assert.Equal(true, (bool?)pod["spec"]!["securityContext"]!["runAsNonRoot"]);
        Assert.Equal(true, (bool?)container["securityContext"]!["readOnlyRootFilesystem"]);
        Assert.Equal(["ALL"], container["securityContext"]!["capabilities"]!["drop"]!.AsArray().Select(c => (string?)c));
        var labels = pod["metadata"]!["labels"]!.AsObject();
        bool Selects(JsonNode? selector) => selector!.AsObject().All(p => (string?)labels[p.Key] == (string?)p.Value);
        var policies = rendering.OfKind("NetworkPolicy").Where(p => Selects(p["spec"]!["podSelector"]!["matchLabels"])).ToList();
        Assert.Equal(2, policies.Count);
        var own = Assert.Single(policies, p => !Rendering.NameOf(p).EndsWith("-default-deny", StringComparison.Ordinal));
        Assert.Null(own["spec"]!["ingress"]);
        var targets = own["spec"]!["egress"]!.AsArray().SelectMany(r => r!["to"]!.AsArray())
            .Select(peer => (string?)peer!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"]).OfType<string>();
        Assert.Equal(["gateway"], targets);
        var gatewayCallers = rendering.Single("NetworkPolicy", "gateway")["spec"]!["ingress"]!.AsArray().SelectMany(r => r!["from"]!.AsArray());
        Assert.Contains(gatewayCallers, peer => peer!["namespaceSelector"] is null && Selects(peer["podSelector"]!["matchLabels"]));
    }
}
