using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

/// <summary>
/// The web app in the chart and in compose (decision 805): behind the gateway at <c>/</c> without a token, its identity
/// provider and public origin configured with the client secret from a secret, reaching the services only through the
/// gateway, and never with the standalone host's demo log-in.
/// </summary>
public class WebAppDeploymentTests
{
    private const string Web = "web";

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void The_chart_routes_every_page_path_to_the_web_app_without_a_token(string valuesFile)
    {
        var gateway = Chart.Render(valuesFile).GatewayConfig;

        Assert.Equal("/", (string?)gateway["GatewayOptions__Routes__web__PathPrefix"]);
        Assert.Equal($"http://{ChartValues.Fullname}-web:8080", (string?)gateway["GatewayOptions__Routes__web__Destinations__0"]);
        Assert.Equal("true", (string?)gateway["GatewayOptions__Routes__web__AllowAnonymous"]);
        // The action plan's upload page takes up to 8 MiB (decision 821).
        Assert.Equal("8388608", (string?)gateway["GatewayOptions__Routes__web__MaxRequestBodySize"]);
        // Every other route is a service's API under /api and keeps requiring a token.
        var others = gateway.AsObject().Where(p => p.Key.EndsWith("__PathPrefix", StringComparison.Ordinal) && p.Key != "GatewayOptions__Routes__web__PathPrefix").ToList();
        Assert.NotEmpty(others);
        Assert.All(others, p => Assert.StartsWith("/api/", (string?)p.Value, StringComparison.Ordinal));
        Assert.Equal(["web"], gateway.AsObject().Where(p => p.Key.EndsWith("__AllowAnonymous", StringComparison.Ordinal)).Select(p => p.Key.Split("__")[2]));
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void The_chart_gives_the_web_app_its_identity_provider_public_origin_and_gateway_and_no_demo_log_in(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        var values = ChartValues.Load(valuesFile);
        var config = rendering.Single("ConfigMap", Web)["data"]!;

        var authority = NonEmpty(values["config"]!["oidc"]!["authority"]) ?? (string)values["config"]!["jwt"]!["authority"]!;
        Assert.Equal(authority, (string?)config["OidcOptions__Authority"]);
        Assert.Equal((string?)values["config"]!["oidc"]!["clientId"], (string?)config["OidcOptions__ClientId"]);
        Assert.Equal($"http://{ChartValues.Fullname}-gateway:8080", (string?)config["WebOptions__GatewayAddress"]);
        // TLS ends at the ingress; the app builds the provider's redirect back from its public HTTPS origin.
        var origin = NonEmpty(values["config"]!["publicOrigin"]) ?? $"https://{values["ingress"]!["host"]}";
        Assert.Equal(origin, (string?)config["WebOptions__PublicOrigin"]);
        Assert.StartsWith("https://", origin, StringComparison.Ordinal);

        // The demo log-in mints tokens with a symmetric key: nowhere in the chart, for no pod.
        Assert.DoesNotContain("DemoLoginOptions", rendering.Manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("JwtOptions__SigningKey", rendering.Manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_takes_the_web_apps_own_identity_provider_and_scopes_when_given()
    {
        var result = Chart.Template(Chart.DefaultValues,
            "--set", "config.oidc.authority=https://login.kommune.example/realms/web",
            "--set", "config.oidc.scopes={cti-platform,profile}",
            "--set", "config.publicOrigin=https://cti.kommune.example");
        Assert.True(result.ExitCode == 0, result.ToString());

        var config = Yaml.ParseDocuments(result.StandardOutput).Single(o => (string?)o["kind"] == "ConfigMap" && Rendering.ServiceOf(o) == Web)["data"]!;
        Assert.Equal("https://login.kommune.example/realms/web", (string?)config["OidcOptions__Authority"]);
        Assert.Equal("cti-platform", (string?)config["OidcOptions__Scopes__0"]);
        Assert.Equal("profile", (string?)config["OidcOptions__Scopes__1"]);
        Assert.Equal("https://cti.kommune.example", (string?)config["WebOptions__PublicOrigin"]);
    }

    [Theory]
    [InlineData("config.publicOrigin=http://cti.kommune.example", "config.publicOrigin")]
    [InlineData("config.publicOrigin=https://cti.kommune.example/app", "config.publicOrigin")]
    [InlineData("config.oidc.authority=http://login.kommune.example", "config.oidc.authority")]
    public void The_chart_refuses_an_origin_or_authority_that_is_not_https_without_a_path(string setting, string expectedInError)
    {
        var result = Chart.Template(Chart.DefaultValues, "--set", setting);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expectedInError, result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Chart.ValuesFileData), MemberType = typeof(Chart))]
    public void The_web_app_and_the_gateway_reach_each_other_and_the_web_app_no_service(string valuesFile)
    {
        var rendering = Chart.Render(valuesFile);
        string? Pod(JsonNode? peer) => (string?)peer?["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"];

        var web = rendering.Single("NetworkPolicy", Web)["spec"]!;
        Assert.Equal(["gateway"], web["ingress"]!.AsArray().SelectMany(r => r!["from"]!.AsArray()).Select(Pod).OfType<string>());
        Assert.Equal(["gateway"], web["egress"]!.AsArray().SelectMany(r => r!["to"]?.AsArray() ?? []).Select(Pod).OfType<string>());

        var gateway = rendering.Single("NetworkPolicy", "gateway")["spec"]!;
        Assert.Contains(Web, gateway["ingress"]!.AsArray().SelectMany(r => r!["from"]!.AsArray()).Select(Pod));
        Assert.Contains(Web, gateway["egress"]!.AsArray().SelectMany(r => r!["to"]?.AsArray() ?? []).Select(Pod));
    }

    [Fact]
    public void A_chart_rendered_secret_holds_the_client_secret_and_the_web_app_rolls_when_it_changes()
    {
        var values = "ci/minimal-values.yaml";
        var shared = Chart.Render(values).OfKind("Secret").Single(s => Rendering.NameOf(s) == $"{ChartValues.Fullname}-shared");
        Assert.Equal("dev-only-oidc-client-secret", (string?)shared["stringData"]!["oidc-client-secret"]);

        var rotated = Chart.Template(values, "--set", "secrets.oidcClientSecret=rotated");
        Assert.True(rotated.ExitCode == 0, rotated.ToString());
        string? Checksum(IEnumerable<JsonObject> objects, string service) =>
            (string?)objects.Single(o => (string?)o["kind"] == "Deployment" && Rendering.ServiceOf(o) == service)["spec"]!["template"]!["metadata"]!["annotations"]!["checksum/secrets"];
        var after = Yaml.ParseDocuments(rotated.StandardOutput);
        Assert.NotEqual(Checksum(Chart.Render(values).Objects, Web), Checksum(after, Web));
        Assert.Equal(Checksum(Chart.Render(values).Objects, "referrals"), Checksum(after, "referrals"));
    }

    [Fact]
    public void Compose_runs_the_web_app_behind_the_gateway_with_its_identity_provider_and_no_demo_log_in()
    {
        var services = Compose.Services(Compose.File);
        var web = services[Web]!["environment"]!;
        var gateway = services["gateway"]!["environment"]!;

        Assert.Equal("/", (string?)gateway["GatewayOptions__Routes__web__PathPrefix"]);
        Assert.Equal("http://web:8080", (string?)gateway["GatewayOptions__Routes__web__Destinations__0"]);
        Assert.Equal("true", (string?)gateway["GatewayOptions__Routes__web__AllowAnonymous"]);
        // The action plan's upload page takes up to 8 MiB (decision 821).
        Assert.Equal("8388608", (string?)gateway["GatewayOptions__Routes__web__MaxRequestBodySize"]);
        Assert.Equal(Compose.RequiredEnvironment["CTI_OIDC_AUTHORITY"], (string?)web["OidcOptions__Authority"]);
        Assert.Equal(Compose.RequiredEnvironment["CTI_OIDC_CLIENT_SECRET"], (string?)web["OidcOptions__ClientSecret"]);
        Assert.Equal("cti-web", (string?)web["OidcOptions__ClientId"]);
        Assert.Equal("http://gateway:8080", (string?)web["WebOptions__GatewayAddress"]);
        Assert.Equal("http://127.0.0.1:8080", (string?)web["WebOptions__PublicOrigin"]);
        Assert.DoesNotContain(services, s => (s.Value!["environment"]?.AsObject() ?? []).Any(p => p.Key.StartsWith("DemoLoginOptions", StringComparison.Ordinal)));
    }

    [Fact]
    public void Compose_has_every_service_and_the_gateway_accept_the_identity_providers_tokens_beside_the_development_keys()
    {
        var services = Compose.Services(Compose.File);
        var hosts = services.Where(s => s.Value!["environment"]?["JwtOptions__SigningKey"] is not null).Select(s => s.Key).ToList();

        Assert.Contains("gateway", hosts);
        Assert.Contains("coursetracking", hosts);
        Assert.All(hosts, name =>
        {
            var environment = services[name]!["environment"]!;
            Assert.Equal(Compose.RequiredEnvironment["CTI_OIDC_AUTHORITY"], (string?)environment["JwtOptions__Authority"]);
            Assert.Equal("true", (string?)environment["JwtOptions__RequireHttpsMetadata"]);
        });
        Assert.Equal("true", (string?)services[Web]!["environment"]!["OidcOptions__RequireHttpsMetadata"]);
    }

    private static string? NonEmpty(JsonNode? node) => ChartValues.NonEmpty(node);
}
