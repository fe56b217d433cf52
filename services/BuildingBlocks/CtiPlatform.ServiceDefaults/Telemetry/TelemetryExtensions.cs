using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CtiPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// Traces and metrics over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. The instrumentation
/// packages are not available here, so the providers subscribe to the sources the frameworks emit themselves.
/// </summary>
public static class TelemetryExtensions
{
    private static readonly string[] ActivitySources = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Npgsql"];

    private static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "MassTransit", "Npgsql",
    ];

    public static WebApplicationBuilder AddCtiTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        var resource = ResourceBuilder.CreateDefault().AddService(builder.Environment.ApplicationName);
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(ActivitySources)
            .AddOtlpExporter()
            .Build();
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(Meters)
            .AddOtlpExporter()
            .Build();
        builder.Services.AddHostedService(_ => new TelemetryFlush(tracing, metrics));
        return builder;
    }
}
