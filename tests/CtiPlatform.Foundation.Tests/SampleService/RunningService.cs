using System.Net.Http.Headers;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.Testing;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Foundation.Tests.SampleService;

/// <summary>The sample service on real Kestrel on a loopback port, built with the same calls a real service makes.</summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningService(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    public static WebApplication Build(PostgresDatabase database, Action<WebApplication>? mapMore = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([.. TestTokens.Configuration, .. database.ConnectionStrings("notes-db")]);
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<NotesDbContext>("notes-db");
        builder.Services.AddScoped<IValidator<NoteRequest>, NoteRequestValidator>();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapNotesApi();
        mapMore?.Invoke(app);
        return app;
    }

    public static async Task<RunningService> StartAsync(PostgresDatabase database)
    {
        var app = Build(database);
        await app.StartAsync();
        var address = app.Urls.First();
        return new RunningService(app, new Uri(address));
    }

    public HttpClient Client(string? role = null, string tenant = TestTokens.TenantA)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Mint(role, tenant));
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
