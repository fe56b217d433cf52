using System.Globalization;
using System.Text.Json.Serialization;
using CtiPlatform.ServiceDefaults.Health;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Telemetry;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.ServiceDefaults;

/// <summary>What every service host gets with one call each: <c>AddServiceDefaults</c> and <c>MapDefaultEndpoints</c>.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Configuration key naming a JSON file with the <c>TenantOptions</c> section, reloaded when it changes.</summary>
    public const string TenantsFileKey = "TenantsFile";

    private static readonly CultureInfo[] Cultures = [new("da"), new("en")];

    /// <summary>JSON logs, telemetry, problem details, authentication, tenancy, health checks and OpenAPI.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        // The municipalities from a mounted file (the chart's tenants ConfigMap), read again whenever it changes: the
        // tenant checks read TenantOptions through IOptionsMonitor, so adding a municipality restarts nothing (decision 113).
        if (builder.Configuration[TenantsFileKey] is { Length: > 0 } tenantsFile)
        {
            builder.Configuration.AddJsonFile(tenantsFile, optional: false, reloadOnChange: true);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);

        // The hosting log's "Request starting" line carries the full URL with its query string, which could hold
        // a name or CPR number; no host writes it. Status and duration reach telemetry through the meters instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.AddCtiTelemetry();
        builder.AddCtiProblemDetails();
        builder.AddCtiAuthentication();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<TenantContext>();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton<IHealthCheckPublisher, HealthMetrics>();
        // Every check, the reported ones included, runs every ten seconds for the metric (as often as the readiness probe).
        builder.Services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.FromSeconds(1);
            o.Period = TimeSpan.FromSeconds(10);
        });
        builder.Services.AddOpenApi();
        builder.Services.AddValidatorsFrom(typeof(ServiceDefaultsExtensions).Assembly);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // A body that cannot be bound surfaces as an exception, so the problem handler can explain it.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRequestLocalization(o =>
        {
            // Danish first: users are Danish social workers; English is offered for everyone else.
            o.DefaultRequestCulture = new RequestCulture("da");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
        });
        return builder;
    }

    /// <summary>
    /// The shared middleware (errors, localisation, authentication) and the anonymous endpoints every
    /// host has in every environment: <c>/alive</c>, <c>/health</c>, <c>/health/details</c> and <c>/openapi/v1.json</c>.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Localisation first: the culture must already be set when the error middleware writes its problem.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        // The probes' responses carry the status word only: no check names, no exception text. Readiness is "can serve
        // requests": the broker is reported (details, metric) but never takes the pod out of service.
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = r => r.Tags.Contains(HealthTags.Ready) }).AllowAnonymous();
        app.MapHealthChecks("/health/details", HealthDetails.Options).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
