using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

public class ReadmeInstallTests
{
    [Fact]
    public void Every_secret_reference_resolves_to_a_secret_the_readme_creates()
    {
        var install = ReadmeInstall.Read();

        var result = install.Template();

        Assert.True(result.ExitCode == 0, result.ToString());
        var objects = Yaml.ParseDocuments(result.StandardOutput);
        var references = objects.SelectMany(SecretReferences).ToList();
        Assert.NotEmpty(install.Secrets);
        Assert.Contains(references, r => r.Key is not null);
        foreach (var (owner, name, key) in references)
        {
            Assert.True(install.Secrets.TryGetValue(name, out var keys), $"{owner} reads Secret '{name}', which the README does not create");
            Assert.True(key is null || keys.Contains(key), $"{owner} reads key '{key}' of Secret '{name}', which the README does not set");
        }
    }

    [Fact]
    public void The_readme_creates_no_secret_the_chart_does_not_read()
    {
        var install = ReadmeInstall.Read();

        var result = install.Template();

        Assert.True(result.ExitCode == 0, result.ToString());
        var read = Yaml.ParseDocuments(result.StandardOutput).SelectMany(SecretReferences).ToList();
        foreach (var (name, keys) in install.Secrets)
        {
            Assert.All(keys, key => Assert.Contains(read, r => r.Name == name && r.Key == key));
        }
    }

    [Fact]
    public void The_readme_waits_longer_than_the_migration_jobs_own_deadline()
    {
        // Helm's --timeout (5 minutes unless given) covers the pre-install hook: shorter than the Job's own deadline, a
        // slow migration would fail the release while the Job still runs.
        var install = ReadmeInstall.Read();
        var deadline = TimeSpan.FromSeconds(ChartValues.Load(Chart.DefaultValues)["migrations"]!["activeDeadlineSeconds"]!.GetValue<long>());

        Assert.NotNull(install.HelmTimeout);
        Assert.True(install.HelmTimeout > deadline, $"helm --timeout {install.HelmTimeout} is not above the migration Job's {deadline}");
    }

    /// <summary>Every Secret (and key) a pod template of the object reads: env, envFrom and volumes.</summary>
    private static IEnumerable<(string Owner, string Name, string? Key)> SecretReferences(JsonObject o)
    {
        var owner = $"{o["kind"]}/{Rendering.NameOf(o)}";
        var pod = (string?)o["kind"] == "Pod" ? o["spec"] : o["spec"]?["template"]?["spec"];
        if (pod is null)
        {
            yield break;
        }

        foreach (var container in (pod["containers"]?.AsArray() ?? []).Concat(pod["initContainers"]?.AsArray() ?? []))
        {
            foreach (var variable in container!["env"]?.AsArray() ?? [])
            {
                if (variable!["valueFrom"]?["secretKeyRef"] is { } reference)
                {
                    yield return (owner, (string)reference["name"]!, (string?)reference["key"]);
                }
            }

            foreach (var source in container["envFrom"]?.AsArray() ?? [])
            {
                if (source!["secretRef"] is { } reference)
                {
                    yield return (owner, (string)reference["name"]!, null);
                }
            }
        }

        foreach (var volume in pod["volumes"]?.AsArray() ?? [])
        {
            if (volume!["secret"] is { } secret)
            {
                yield return (owner, (string)secret["secretName"]!, null);
            }
        }
    }
}
