using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CtiPlatform.Deployment.Tests;

/// <summary>
/// No Docker engine runs here, so images are never built: these tests read the one Dockerfile as text, and check
/// that every service compose builds with it names a project the recipe can build.
/// </summary>
public partial class DockerfileTests
{
    public const string Dockerfile = "services/Dockerfile";

    /// <summary>Root folders the Dockerfile copies into the build stage; anything a host references must lie in them.</summary>
    private static readonly string[] CopiedFolders = ["services/", "workflows/", "gateway/", "web/"];

    public static TheoryData<string> BuiltServiceData()
    {
        var data = new TheoryData<string>();
        foreach (var service in Compose.BuiltServices(Compose.File))
        {
            data.Add(service);
        }

        return data;
    }

    /// <summary>The ENTRYPOINT's exec form, e.g. ["dotnet", "/app/service.dll"].</summary>
    public static IReadOnlyList<string> EntryPoint() =>
        System.Text.Json.JsonSerializer.Deserialize<string[]>(Assert.Single(Instructions("ENTRYPOINT")))!;

    [Fact]
    public void Image_is_multi_stage_from_pinned_bases_and_builds_on_the_build_platform()
    {
        var froms = Instructions("FROM").ToList();

        Assert.True(froms.Count >= 2, "expected a build stage and a runtime stage");
        foreach (var from in froms)
        {
            var image = from.Split(' ', StringSplitOptions.RemoveEmptyEntries).First(part => !part.StartsWith("--", StringComparison.Ordinal));
            Assert.Matches(PinnedImage(), image);
        }

        // The SDK runs natively and cross-publishes for TARGETARCH, instead of under emulation.
        Assert.StartsWith("--platform=$BUILDPLATFORM ", froms[0]);
    }

    [Fact]
    public void Image_restores_and_publishes_the_project_named_by_the_build_argument_with_a_package_cache()
    {
        var runs = Instructions("RUN").ToList();

        Assert.Contains("PROJECT_DIR", Instructions("ARG"));
        var restore = Assert.Single(runs, r => r.Contains("dotnet restore", StringComparison.Ordinal));
        var publish = Assert.Single(runs, r => r.Contains("dotnet publish", StringComparison.Ordinal));
        foreach (var step in new[] { restore, publish })
        {
            Assert.StartsWith("--mount=type=cache,id=nuget,target=/root/.nuget/packages ", step);
            Assert.Contains("PROJECT_DIR", step);
            Assert.Contains("-a \"$TARGETARCH\"", step);
        }

        Assert.Contains("--no-restore", publish);
    }

    [Fact]
    public void Image_copies_the_root_build_files_and_the_source_folders_but_not_the_whole_context()
    {
        var sources = CopySources();

        Assert.DoesNotContain(".", sources);
        Assert.DoesNotContain("./", sources);
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" })
        {
            Assert.Contains(file, sources);
        }

        Assert.Equal(CopiedFolders.Order(StringComparer.Ordinal), sources.Where(s => s.EndsWith('/')).Order(StringComparer.Ordinal));

        // The folders are copied whole, so .dockerignore is what keeps build output, tests and local state out.
        var ignored = File.ReadAllLines(Path.Combine(Tooling.RepoRoot, ".dockerignore"));
        foreach (var pattern in new[] { "**/bin/", "**/obj/", "tests/", ".git/", ".tools/", "**/.env" })
        {
            Assert.Contains(pattern, ignored);
        }
    }

    [Fact]
    public void Image_runs_as_a_non_root_user()
    {
        var user = Instructions("USER").LastOrDefault();

        Assert.NotNull(user);
        Assert.Matches("^[1-9][0-9]*(:[1-9][0-9]*)?$", user);
        Assert.Equal("1654", user.Split(':')[0]);
    }

    [Fact]
    public void Image_exposes_only_port_8080_and_probes_alive_through_its_entry_point()
    {
        Assert.Equal(["8080"], Instructions("EXPOSE"));
        var entryPoint = EntryPoint();
        Assert.Equal(["dotnet", "/app/service.dll"], entryPoint);

        var healthcheck = Assert.Single(Instructions("HEALTHCHECK"));
        Assert.EndsWith($"CMD [\"dotnet\", \"{entryPoint[1]}\", \"probe\"]", healthcheck);

        // ENTRYPOINT and HEALTHCHECK take no build arguments: the build stage links the fixed name to the
        // assembly of PROJECT_DIR, and fails when the project publishes no assembly of that name.
        var publish = Assert.Single(Instructions("RUN"), r => r.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.Contains("-getProperty:AssemblyName", publish);
        Assert.Contains("test -f \"/app/$assembly.dll\"", publish);
        Assert.EndsWith($"ln -s \"$assembly.dll\" {entryPoint[1]}", publish);
    }

    [Fact]
    public void Runtime_image_carries_icu_while_invariant_globalization_is_off()
    {
        var props = XDocument.Load(Path.Combine(Tooling.RepoRoot, "Directory.Build.props"));
        var invariant = props.Descendants("InvariantGlobalization").Select(e => e.Value.Trim()).LastOrDefault();
        var runtime = Instructions("FROM").Last();

        // Without ICU a host whose runtimeconfig says "not invariant" stops at start-up (docs/decisions/107).
        if (!string.Equals(invariant, "true", StringComparison.OrdinalIgnoreCase) && runtime.Contains("-chiseled", StringComparison.Ordinal))
        {
            Assert.Contains("-chiseled-extra", runtime);
        }
    }

    [Fact]
    public void Dockerfile_parses_without_errors()
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

        var result = Tooling.Run(Tooling.Node, ["-e", script, nodeModules, Path.Combine(Tooling.RepoRoot, Dockerfile)]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Only_the_one_dockerfile_exists()
    {
        var dockerfiles = CopiedFolders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Tooling.RepoRoot, folder), "Dockerfile*", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(Tooling.RepoRoot, file).Replace('\\', '/'));

        Assert.Equal([Dockerfile], dockerfiles);
    }

    [Theory]
    [MemberData(nameof(BuiltServiceData))]
    public void Build_arguments_name_a_host_project_whose_references_the_image_copies(string service)
    {
        var projectDirectory = ProjectDirectory(service);
        var project = Assert.Single(Directory.GetFiles(Path.Combine(Tooling.RepoRoot, projectDirectory), "*.csproj"));

        // A web host that answers the image's "probe" argument, since the HEALTHCHECK runs it.
        Assert.Equal("Microsoft.NET.Sdk.Web", XDocument.Load(project).Root!.Attribute("Sdk")?.Value);
        var sources = Directory.GetFiles(Path.GetDirectoryName(project)!, "*.cs", SearchOption.AllDirectories);
        Assert.Contains(sources, file => File.ReadAllText(file).Contains("AliveProbe.TryRunAsync(args)", StringComparison.Ordinal));

        // The assembly the entry point is linked to is the project's; the image name follows the chart's repository.
        var assembly = XDocument.Load(project).Descendants("AssemblyName").Select(e => e.Value).LastOrDefault() ?? Path.GetFileNameWithoutExtension(project);
        Assert.Equal(Path.GetFileName(projectDirectory), assembly);
        Assert.Equal($"{ChartValues.Load(Chart.DefaultValues).Service(service).Repository}:dev", (string?)Compose.Services(Compose.File)[service]!["image"]);

        // A missing project folder would only show up as a failed restore in the image build, which cannot run here.
        foreach (var reference in ProjectClosure(project))
        {
            var folder = Path.GetRelativePath(Tooling.RepoRoot, Path.GetDirectoryName(reference)!).Replace('\\', '/') + "/";
            Assert.True(CopiedFolders.Any(copied => folder.StartsWith(copied, StringComparison.Ordinal)),
                $"{Dockerfile} does not copy {folder}, which {Path.GetFileName(project)} needs");
        }
    }

    [Fact]
    public void The_runtime_image_carries_tzdata_for_the_copenhagen_calendar_every_service_shares()
    {
        // Every service references the shared domain block, whose calendar looks up Europe/Copenhagen: that needs
        // /usr/share/zoneinfo whatever the globalization setting, and plain chiseled has no tzdata (docs/decisions/107).
        var calendar = File.ReadAllText(Path.Combine(Tooling.RepoRoot, "services/BuildingBlocks/CtiPlatform.Domain/CopenhagenCalendar.cs"));
        var serviceProps = File.ReadAllText(Path.Combine(Tooling.RepoRoot, "services/CtiPlatform.Service.props"));

        Assert.Contains("\"Europe/Copenhagen\"", calendar, StringComparison.Ordinal);
        Assert.Contains("CtiPlatform.Domain.csproj", serviceProps, StringComparison.Ordinal);
        Assert.Contains("-chiseled-extra", Instructions("FROM").Last());
    }

    private static string ProjectDirectory(string service) =>
        (string)Compose.Services(Compose.File)[service]!["build"]!["args"]!["PROJECT_DIR"]!;

    private static List<string> CopySources() =>
        Instructions("COPY")
            .Where(copy => !copy.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(copy => copy.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])
            .ToList();

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

    /// <summary>Instruction arguments with line continuations joined, comments dropped.</summary>
    private static IEnumerable<string> Instructions(string keyword)
    {
        var text = File.ReadAllText(Path.Combine(Tooling.RepoRoot, Dockerfile));
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
