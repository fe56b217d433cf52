using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Gateway.Tests.Hosts;
using CtiPlatform.SampleService;
using CtiPlatform.SampleService.Api;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.Testing;

namespace CtiPlatform.Gateway.Tests;

/// <summary>
/// A service added as docs/adding-a-service.md says (tests/CtiPlatform.SampleService) is reached through the gateway
/// with nothing but its route: its API, its refusals as problems, and its OpenAPI document.
/// </summary>
public sealed class SampleServiceRoutingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private ServiceHost samples = null!;
    private RunningGateway gateway = null!;

    public async Task InitializeAsync()
    {
        samples = await ServiceHost.StartAsync(database.ConnectionStrings("samples-db"), builder => builder.AddSamples(), app => app.MapSamplesApi());
        gateway = await RunningGateway.StartAsync(
            RunningGateway.Route("samples", NotesApi.Prefix, [samples.Address.ToString()], ("OpenApiPath", "/openapi/v1.json")));
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await samples.DisposeAsync();
    }

    [Fact]
    public async Task The_sample_service_is_reached_through_its_route_with_its_document_listed()
    {
        using var worker = gateway.Client(subject: "routed-worker");
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var created = await worker.PostAsJsonAsync($"{NotesApi.Prefix}/notes", new NoteRequest("through the gateway"));
        var note = await created.Content.ReadFromJsonAsync<NoteView>(json);
        var listed = await worker.GetFromJsonAsync<Page<NoteView>>($"{NotesApi.Prefix}/notes", json);
        var invalid = await worker.PostAsJsonAsync($"{NotesApi.Prefix}/notes", new NoteRequest(""));
        var document = await gateway.Client(role: null).GetFromJsonAsync<JsonElement>("/openapi/samples.json");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("routed-worker", note!.AuthorId);
        Assert.Contains(listed!.Items, n => n.Id == note.Id);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        Assert.True(document.GetProperty("paths").TryGetProperty($"{NotesApi.Prefix}/notes", out _));
    }
}
