using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.SampleService;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;

namespace CtiPlatform.Foundation.Tests;

/// <summary>
/// The kit's read-only settings endpoint (docs/decisions/034-settings-api.md), on the sample service: the tenant admin sees
/// her own municipality's settings with labels, nobody else sees them, and a setting without a label stops the mapping.
/// </summary>
public sealed class TenantSettingsApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private ServiceHost service = null!;

    public async Task InitializeAsync() => service = await SampleHost.StartAsync(database);

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task The_tenant_admin_sees_her_own_municipalitys_override_with_a_danish_label()
    {
        using var client = service.Client(Roles.TenantAdmin, TestTokens.TenantA);

        var settings = await client.GetFromJsonAsync<JsonElement>("/api/samples/settings");

        var setting = Assert.Single(settings.EnumerateArray());
        Assert.Equal(nameof(SampleSettings.MaxNoteLength), setting.GetProperty("key").GetString());
        Assert.Equal("Længste note (tegn)", setting.GetProperty("label").GetString());
        Assert.Equal(SampleHost.TenantAMaxNoteLength, setting.GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Another_municipalitys_admin_sees_the_default_not_the_override()
    {
        using var client = service.Client(Roles.TenantAdmin, TestTokens.TenantB);

        var settings = await client.GetFromJsonAsync<JsonElement>("/api/samples/settings");

        Assert.Equal(new SampleSettings().MaxNoteLength, Assert.Single(settings.EnumerateArray()).GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task The_label_is_english_when_the_caller_asks_for_english()
    {
        using var client = service.Client(Roles.TenantAdmin);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var settings = await client.GetFromJsonAsync<JsonElement>("/api/samples/settings");

        Assert.Equal("Longest note (characters)", Assert.Single(settings.EnumerateArray()).GetProperty("label").GetString());
    }

    [Theory]
    [InlineData(Roles.CtiWorker, HttpStatusCode.Forbidden)]
    [InlineData(Roles.TeamLead, HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Nobody_but_the_tenant_admin_reads_the_settings(string? role, HttpStatusCode expected)
    {
        using var client = service.Client(role);

        var response = await client.GetAsync("/api/samples/settings");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_setting_without_a_label_refuses_to_be_mapped()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapTenantSettingsApi<UnlabelledOptions, UnlabelledSettings>("/api/unlabelled"));

        Assert.Contains($"{nameof(UnlabelledSettings)}.{nameof(UnlabelledSettings.Limit)}", error.Message);
    }

    private sealed class UnlabelledOptions : TenantSettings<UnlabelledSettings>;

    private sealed class UnlabelledSettings
    {
        public int Limit { get; set; }
    }
}
