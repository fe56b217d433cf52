using CtiPlatform.Persistence;
using CtiPlatform.SampleService.Api;
using CtiPlatform.SampleService.Application;
using CtiPlatform.SampleService.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.SampleService;

public static class SamplesExtensions
{
    /// <summary>The sample service: its database (<c>samples-db</c>), settings, policies, validators and use cases.</summary>
    public static WebApplicationBuilder AddSamples(this WebApplicationBuilder builder)
    {
        builder.AddTenantSettings<SamplesOptions, SampleSettings>();
        builder.AddServiceDatabase<SamplesDbContext>("samples-db");
        SamplePolicies.Add(builder.Services);
        builder.Services.AddValidatorsFrom(typeof(SamplesExtensions).Assembly);
        builder.Services.AddScoped<NoteCommands>();
        builder.Services.AddScoped<NoteQueries>();
        return builder;
    }

    /// <summary>The notes API under <c>/api/samples</c>, with the service's access log and settings.</summary>
    public static WebApplication MapSamplesApi(this WebApplication app)
    {
        app.MapNotesApi();
        return app;
    }
}
