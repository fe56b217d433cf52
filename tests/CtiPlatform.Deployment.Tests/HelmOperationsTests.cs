using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

/// <summary>Day two: what an operations team relies on when it drains nodes, changes settings and rotates Secrets.</summary>
public class HelmOperationsTests
{
    [Theory]
    [MemberData(nameof(Chart.ServiceData), MemberType = typeof(Chart))]
    public void A_pod_pauses_before_it_stops_within_its_grace_period_with_probe_timeouts_from_the_values(string valuesFile, string name)
    {
        var service = ChartValues.Load(valuesFile).Service(name);
        var pod = Chart.Render(valuesFile).Single("Deployment", name)["spec"]!["template"]!["spec"]!;
        var container = pod["containers"]![0]!;

        var sleep = (long)container["lifecycle"]!["preStop"]!["sleep"]!["seconds"]!;
        Assert.Null(container["lifecycle"]!["preStop"]!["exec"]);
        Assert.Equal(service.Entry["preStopSleepSeconds"]!.GetValue<long>(), sleep);
        Assert.Equal(service.Entry["terminationGracePeriodSeconds"]!.GetValue<long>(), (long)pod["terminationGracePeriodSeconds"]!);
        Assert.True((long)pod["terminationGracePeriodSeconds"]! > sleep, "the grace period must outlast the pause");
        foreach (var (probe, key) in new[] { ("startupProbe", "startup"), ("livenessProbe", "liveness"), ("readinessProbe", "readiness") })
        {
            Assert.Equal(service.Entry["probes"]![key]!["timeoutSeconds"]!.GetValue<long>(), (long)container[probe]!["timeoutSeconds"]!);
        }
    }

    [Fact]
    public void A_grace_period_shorter_than_the_pause_is_refused()
    {
        var result = Chart.Template(Chart.DefaultValues,
            "--set", "services.referrals.preStopSleepSeconds=30", "--set", "services.referrals.terminationGracePeriodSeconds=30");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("services.referrals: terminationGracePeriodSeconds (30) must be above preStopSleepSeconds (30)", result.StandardError);
    }

    [Fact]
    public void The_chart_refuses_a_kubernetes_without_the_sleep_action()
    {
        var result = Tooling.Run(Tooling.Helm, ["template", "cti", Tooling.ChartDirectory, "--kube-version", "1.29.9"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("chart requires kubeVersion: >=1.30.0-0", result.StandardError);
    }

    [Fact]
    public void Probe_timeouts_and_the_pause_are_values()
    {
        var result = Chart.Template(Chart.DefaultValues,
            "--set", "services.workflows.probes.readiness.timeoutSeconds=4",
            "--set", "serviceDefaults.preStopSleepSeconds=8",
            "--set", "serviceDefaults.terminationGracePeriodSeconds=60");
        Assert.True(result.ExitCode == 0, result.ToString());

        var deployments = Yaml.ParseDocuments(result.StandardOutput).Where(o => (string?)o["kind"] == "Deployment").ToList();
        JsonNode Pod(string name) => deployments.Single(d => Rendering.ServiceOf(d) == name)["spec"]!["template"]!["spec"]!;
        Assert.Equal(4L, (long)Pod("workflows")["containers"]![0]!["readinessProbe"]!["timeoutSeconds"]!);
        Assert.Equal(2L, (long)Pod("referrals")["containers"]![0]!["readinessProbe"]!["timeoutSeconds"]!);
        Assert.All(deployments, d => Assert.Equal(8L, (long)d["spec"]!["template"]!["spec"]!["containers"]![0]!["lifecycle"]!["preStop"]!["sleep"]!["seconds"]!));
        Assert.Equal(60L, (long)Pod("gateway")["terminationGracePeriodSeconds"]!);
    }

    [Theory]
    [MemberData(nameof(Chart.ServiceData), MemberType = typeof(Chart))]
    public void Changing_one_services_settings_rolls_that_service_only(string valuesFile, string name)
    {
        Assert.Equal([name], RollingChecksums.Rolled(valuesFile, $"services.{name}.env.Logging__LogLevel__Default=Debug"));
    }

    [Fact]
    public void Changing_a_shared_setting_rolls_every_service()
    {
        var values = ChartValues.Load(Chart.DefaultValues);

        Assert.Equal(values.EnabledServices(), RollingChecksums.Rolled(Chart.DefaultValues, "config.otlpEndpoint=http://collector:4317"));
    }

    [Fact]
    public void Changing_a_route_rolls_the_gateway_only()
    {
        var values = ChartValues.Load(Chart.DefaultValues);
        var routed = values.EnabledServices().First(s => values.Service(s).PathPrefix is not null);

        Assert.Equal(["gateway"], RollingChecksums.Rolled(Chart.DefaultValues, $"services.{routed}.gatewayRoute.timeout=00:01:00"));
    }

    [Theory]
    [MemberData(nameof(ChartRenderedSecretServices))]
    public void Rotating_a_secret_rolls_exactly_the_services_that_read_it(string name)
    {
        const string valuesFile = "ci/minimal-values.yaml";
        var values = ChartValues.Load(valuesFile);
        var service = values.Service(name);

        if (service.Database)
        {
            Assert.Equal([name], RollingChecksums.Rolled(valuesFile, $"secrets.databases.{name}.connectionString=Host=db;Password=rotated"));
            // The owner's string is read by the migration Job alone: the Deployment has no reason to roll.
            Assert.Empty(RollingChecksums.Rolled(valuesFile, $"secrets.databases.{name}.migrationsConnectionString=Host=db;Password=rotated"));
        }

        if (service.RabbitMq)
        {
            Assert.Equal([name], RollingChecksums.Rolled(valuesFile, $"secrets.rabbitmqConnectionStrings.{name}=amqp://{name}:rotated@rabbitmq:5672/cti"));
        }

        var readingTheKey = values.EnabledServices().Where(s => values.Service(s).Encryption).ToList();
        Assert.Equal(readingTheKey, RollingChecksums.Rolled(valuesFile, "secrets.encryptionKeys.k1=cm90YXRlZC1rZXktb2YtdGhpcnR5LXR3by1ieXRlcyEhIQ=="));
    }

    public static TheoryData<string> ChartRenderedSecretServices()
    {
        var data = new TheoryData<string>();
        foreach (var service in ChartValues.Load("ci/minimal-values.yaml").EnabledServices().Where(s => s != "gateway"))
        {
            data.Add(service);
        }

        return data;
    }

    [Fact]
    public void Scheduling_and_integration_knobs_reach_every_pod_and_budget()
    {
        var result = Chart.Template(Chart.DefaultValues,
            "--set", "serviceDefaults.nodeSelector.pool=cti",
            "--set", "serviceDefaults.tolerations[0].key=dedicated", "--set", "serviceDefaults.tolerations[0].operator=Exists",
            "--set", "serviceDefaults.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].key=pool",
            "--set", "serviceDefaults.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator=Exists",
            "--set", "serviceDefaults.topologySpread.zone=DoNotSchedule",
            "--set", "serviceDefaults.priorityClassName=cti-high",
            "--set", "serviceDefaults.podAnnotations.backup\\.velero\\.io/backup-volumes=",
            "--set", "serviceDefaults.podLabels.team=ops",
            "--set", "serviceDefaults.podDisruptionBudget.unhealthyPodEvictionPolicy=AlwaysAllow",
            "--set", "services.referrals.extraSecretEnv[0].name=Smtp__Password",
            "--set", "services.referrals.extraSecretEnv[0].secretName=smtp",
            "--set", "services.referrals.extraSecretEnv[0].key=password");
        Assert.True(result.ExitCode == 0, result.ToString());
        var objects = Yaml.ParseDocuments(result.StandardOutput);

        var templates = objects.Where(o => (string?)o["kind"] is "Deployment" or "Job").Select(o => o["spec"]!["template"]!).ToList();
        Assert.Contains(objects, o => (string?)o["kind"] == "Job");
        Assert.All(templates, template =>
        {
            var pod = template["spec"]!;
            Assert.Equal("cti", (string?)pod["nodeSelector"]!["pool"]);
            Assert.Equal("dedicated", (string?)pod["tolerations"]![0]!["key"]);
            Assert.NotNull(pod["affinity"]!["nodeAffinity"]);
            Assert.Equal("cti-high", (string?)pod["priorityClassName"]);
            Assert.Equal("ops", (string?)template["metadata"]!["labels"]!["team"]);
            Assert.NotNull(template["metadata"]!["annotations"]!.AsObject()["backup.velero.io/backup-volumes"]);
        });
        foreach (var deployment in objects.Where(o => (string?)o["kind"] == "Deployment"))
        {
            var spread = deployment["spec"]!["template"]!["spec"]!["topologySpreadConstraints"]!.AsArray()
                .ToDictionary(c => (string)c!["topologyKey"]!, c => (string?)c!["whenUnsatisfiable"]);
            Assert.Equal("ScheduleAnyway", spread["kubernetes.io/hostname"]);
            Assert.Equal("DoNotSchedule", spread["topology.kubernetes.io/zone"]);
            var env = deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]?.AsArray() ?? [];
            var extra = env.SingleOrDefault(v => (string?)v!["name"] == "Smtp__Password");
            Assert.Equal(Rendering.ServiceOf(deployment) == "referrals", extra is not null);
            if (extra is not null)
            {
                Assert.Equal("smtp", (string?)extra["valueFrom"]!["secretKeyRef"]!["name"]);
                Assert.Equal("password", (string?)extra["valueFrom"]!["secretKeyRef"]!["key"]);
            }
        }

        Assert.All(objects.Where(o => (string?)o["kind"] == "PodDisruptionBudget"),
            pdb => Assert.Equal("AlwaysAllow", (string?)pdb["spec"]!["unhealthyPodEvictionPolicy"]));
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void Scheduling_stays_with_the_cluster_unless_the_values_ask(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);

        foreach (var template in rendering.Objects.Where(o => (string?)o["kind"] is "Deployment" or "Job").Select(o => o["spec"]!["template"]!))
        {
            var pod = template["spec"]!.AsObject();
            Assert.DoesNotContain(pod, p => p.Key is "nodeSelector" or "tolerations" or "affinity" or "priorityClassName");
        }

        foreach (var deployment in rendering.OfKind("Deployment"))
        {
            var spread = Assert.Single(deployment["spec"]!["template"]!["spec"]!["topologySpreadConstraints"]!.AsArray())!;
            Assert.Equal("kubernetes.io/hostname", (string?)spread["topologyKey"]);
            Assert.Equal("ScheduleAnyway", (string?)spread["whenUnsatisfiable"]);
        }

        Assert.All(rendering.OfKind("PodDisruptionBudget"), pdb => Assert.Null(pdb["spec"]!["unhealthyPodEvictionPolicy"]));
    }
}
