using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CtiPlatform.Deployment.Tests;

/// <summary>No Docker engine runs here, so images are never built: these tests read the Dockerfiles as text.</summary>
public partial class DockerfileTests
{
    public static TheoryData<string> Dockerfiles()
    {
        var data = new TheoryData<string>();
        foreach (var root in new[] { "gateway", "services", "workflows" })
        {
            var directory = Path.Combine(Tooling.RepoRoot, root);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(directory, "Dockerfile", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Tooling.RepoRoot, file));
            }
        }

        return data;
    }

    [Fact]
    public void The_gateway_has_a_dockerfile() =>
        Assert.Contains(Path.Combine("gateway", "CtiPlatform.Gateway", "Dockerfile"), ((IEnumerable<object[]>)Dockerfiles()).Select(row => (string)row[0]));

    [Fact]
    public void The_referrals_service_has_a_dockerfile() =>
        Assert.Contains(Path.Combine("services", "Referrals", "CtiPlatform.Referrals", "Dockerfile"), ((IEnumerable<object[]>)Dockerfiles()).Select(row => (string)row[0]));

    [Fact]
    public void The_workflows_service_has_a_dockerfile() =>
        Assert.Contains(Path.Combine("workflows", "CtiPlatform.Workflows", "Dockerfile"), ((IEnumerable<object[]>)Dockerfiles()).Select(row => (string)row[0]));

    [Fact]
    public void The_workflows_runtime_carries_tzdata_for_its_copenhagen_calendar()
    {
        var sources = Directory.GetFiles(Path.Combine(Tooling.RepoRoot, "workflows", "CtiPlatform.Workflows"), "*.cs", SearchOption.AllDirectories);
        var runtime = Instructions(Path.Combine("workflows", "CtiPlatform.Workflows", "Dockerfile"), "FROM").Last();

        // The course calendar looks up Europe/Copenhagen, which needs /usr/share/zoneinfo whatever the globalization
        // setting; plain chiseled has no tzdata (docs/decisions/107).
        Assert.Contains(sources, file => File.ReadAllText(file).Contains("\"Europe/Copenhagen\"", StringComparison.Ordinal));
        Assert.Contains("-chiseled-extra", runtime);
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Images_copy_every_project_they_reference(string dockerfile)
    {
        var project = Directory.GetFiles(Path.GetDirectoryName(Path.Combine(Tooling.RepoRoot, dockerfile))!, "*.csproj").Single();
        var sources = Instructions(dockerfile, "COPY")
            .Where(copy => !copy.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(copy => copy.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])
            .ToList();

        Assert.DoesNotContain(".", sources);
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" })
        {
            Assert.Contains(file, sources);
        }

        // A missing project folder would only show up as a failed restore in the image build, which cannot run here.
        foreach (var reference in ProjectClosure(project))
        {
            var folder = Path.GetRelativePath(Tooling.RepoRoot, Path.GetDirectoryName(reference)!).Replace('\\', '/') + "/";
            Assert.True(sources.Any(source => source.EndsWith('/') && folder.StartsWith(source, StringComparison.Ordinal)),
                $"{dockerfile} does not copy {folder}, which {Path.GetFileName(project)} needs");
        }
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Runtime_images_carry_icu_while_invariant_globalization_is_off(string dockerfile)
    {
        var props = XDocument.Load(Path.Combine(Tooling.RepoRoot, "Directory.Build.props"));
        var invariant = props.Descendants("InvariantGlobalization").Select(e => e.Value.Trim()).LastOrDefault();
        var runtime = Instructions(dockerfile, "FROM").Last();

        // Without ICU a host whose runtimeconfig says "not invariant" stops at start-up (docs/decisions/107).
        if (!string.Equals(invariant, "true", StringComparison.OrdinalIgnoreCase) && runtime.Contains("-chiseled", StringComparison.Ordinal))
        {
            Assert.Contains("-chiseled-extra", runtime);
        }
    }

    /// <summary>The project and every project it references, directly or not.</summary>
    private static IEnumerable<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, include)));
            }
        }

        return seen;
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Images_are_multi_stage_from_pinned_bases(string dockerfile)
    {
        var froms = Instructions(dockerfile, "FROM").ToList();

        Assert.True(froms.Count >= 2, "expected a build stage and a runtime stage");
        foreach (var from in froms)
        {
            var image = from.Split(' ', StringSplitOptions.RemoveEmptyEntries).First(part => !part.StartsWith("--", StringComparison.Ordinal));
            Assert.Matches(PinnedImage(), image);
        }
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Images_run_as_a_non_root_user(string dockerfile)
    {
        var user = Instructions(dockerfile, "USER").LastOrDefault();

        Assert.NotNull(user);
        Assert.Matches("^[1-9][0-9]*(:[1-9][0-9]*)?$", user);
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Images_expose_only_port_8080_and_probe_alive(string dockerfile)
    {
        Assert.Equal(["8080"], Instructions(dockerfile, "EXPOSE"));
        var assembly = Path.GetFileName(Path.GetDirectoryName(Path.Combine(Tooling.RepoRoot, dockerfile)))!;
        var healthcheck = Assert.Single(Instructions(dockerfile, "HEALTHCHECK"));
        Assert.EndsWith($"CMD [\"dotnet\", \"/app/{assembly}.dll\", \"probe\"]", healthcheck);
        Assert.Equal($"[\"dotnet\", \"/app/{assembly}.dll\"]", Assert.Single(Instructions(dockerfile, "ENTRYPOINT")));
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Dockerfiles_parse_without_errors(string dockerfile)
    {
        var nodeModules = Path.Combine(Tooling.RepoRoot, ".tools", "node", "node_modules");
        _ = Tooling.ToolsNodeModules;
        const string script = """
            const { createRequire } = require("node:module");
            const req = createRequire(process.argv[1] + "/");
            const utils = req("dockerfile-utils");
            const text = require("node:fs").readFileSync(process.argv[2], "utf8");
            const problems = utils.validate(text);
            for (const p of problems) console.error(`${p.range.start.line + 1}: ${p.message}`);
            console.log(`${problems.length} problems`);
            process.exit(problems.length === 0 ? 0 : 1);
            """;

        var result = Tooling.Run(Tooling.Node, ["-e", script, nodeModules, Path.Combine(Tooling.RepoRoot, dockerfile)]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    /// <summary>Instruction arguments with line continuations joined, comments dropped.</summary>
    private static IEnumerable<string> Instructions(string dockerfile, string keyword)
    {
        var text = File.ReadAllText(Path.Combine(Tooling.RepoRoot, dockerfile));
        var logical = Continuation().Replace(text, " ");
        foreach (var line in logical.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith(keyword + " ", StringComparison.OrdinalIgnoreCase))
            {
                yield return Whitespace().Replace(line[(keyword.Length + 1)..], " ").Trim();
            }
        }
    }

    // A tag with a full version number (no floating "10.0" or "latest"), a digest, or both.
    [GeneratedRegex(@"^[a-z0-9./-]+(:[0-9]+\.[0-9]+\.[0-9]+[A-Za-z0-9.-]*(@sha256:[a-f0-9]{64})?|@sha256:[a-f0-9]{64})$")]
    private static partial Regex PinnedImage();

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
