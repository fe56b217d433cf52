using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.Testing;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Foundation.Tests.SampleService;

/// <summary>The sample service composed the way a real service's Program.cs composes itself.</summary>
public static class SampleServiceHost
{
    public static WebApplication Build(PostgresDatabase database, Action<WebApplication>? mapMore = null) =>
        ServiceHost.Build(database.ConnectionStrings("notes-db"), Add, app => Map(app, mapMore));

    public static Task<ServiceHost> StartAsync(PostgresDatabase database) =>
        ServiceHost.StartAsync(database.ConnectionStrings("notes-db"), Add, app => Map(app, null));

    private static void Add(WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<NotesDbContext>("notes-db");
        builder.Services.AddScoped<IValidator<NoteRequest>, NoteRequestValidator>();
    }

    private static void Map(WebApplication app, Action<WebApplication>? mapMore)
    {
        app.MapDefaultEndpoints();
        app.MapNotesApi();
        mapMore?.Invoke(app);
    }
}
