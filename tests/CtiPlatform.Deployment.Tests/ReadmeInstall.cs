using System.Text.RegularExpressions;

namespace CtiPlatform.Deployment.Tests;

/// <summary>
/// The install commands of the chart README's "Install" section, read as an operator would type them: the Secrets
/// its <c>kubectl create secret generic</c> lines create, the values file its heredoc writes and its
/// <c>helm upgrade --install</c> line.
/// </summary>
public sealed partial record ReadmeInstall(
    string Release, string Namespace, IReadOnlyDictionary<string, IReadOnlySet<string>> Secrets, string ValuesYaml, TimeSpan? HelmTimeout)
{
    public static ReadmeInstall Read()
    {
        var readme = File.ReadAllText(Path.Combine(Tooling.ChartDirectory, "README.md"));
        var section = readme[readme.IndexOf("\n## Install\n", StringComparison.Ordinal)..];
        var block = CodeBlock().Match(section).Groups["body"].Value;
        // Continued lines joined, as the shell reads them.
        var commands = block.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n');

        var secrets = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var match in commands.Select(c => CreateSecret().Match(c)).Where(m => m.Success))
        {
            secrets[match.Groups["name"].Value] = LiteralKey().Matches(match.Groups["rest"].Value).Select(k => k.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
        }

        var heredoc = Heredoc().Match(block);
        var helm = commands.Select(c => HelmInstall().Match(c)).Single(m => m.Success);
        Assert.True(heredoc.Success, "the Install section writes no values file");
        Assert.Equal(heredoc.Groups["file"].Value, helm.Groups["file"].Value);
        var timeout = helm.Groups["timeout"].Success ? TimeSpan.FromMinutes(int.Parse(helm.Groups["timeout"].Value, System.Globalization.CultureInfo.InvariantCulture)) : (TimeSpan?)null;
        return new ReadmeInstall(helm.Groups["release"].Value, helm.Groups["ns"].Value, secrets, heredoc.Groups["yaml"].Value, timeout);
    }

    /// <summary>Renders the chart exactly as the README's helm command would install it.</summary>
    public ProcessResult Template(params string[] extraArguments)
    {
        var valuesFile = Path.Combine(Path.GetTempPath(), $"cti-readme-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(valuesFile, ValuesYaml);
        try
        {
            return Tooling.Run(Tooling.Helm,
                ["template", Release, Tooling.ChartDirectory, "--kube-version", "1.31.0", "--namespace", Namespace, "-f", valuesFile, .. extraArguments]);
        }
        finally
        {
            File.Delete(valuesFile);
        }
    }

    [GeneratedRegex("```sh\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^kubectl -n \S+ create secret generic (?<name>\S+)(?<rest>.*)$")]
    private static partial Regex CreateSecret();

    [GeneratedRegex(@"--from-literal=(?<key>[^=\s]+)=")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"cat > (?<file>\S+) <<'EOF'\n(?<yaml>.*?)\nEOF\n", RegexOptions.Singleline)]
    private static partial Regex Heredoc();

    [GeneratedRegex(@"^helm upgrade --install (?<release>\S+) charts/cti-platform -n (?<ns>\S+) -f (?<file>\S+)( --wait)?( --timeout (?<timeout>[0-9]+)m)?\s*$")]
    private static partial Regex HelmInstall();
}
