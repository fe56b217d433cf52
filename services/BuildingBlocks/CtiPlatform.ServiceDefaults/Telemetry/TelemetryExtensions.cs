using CtiPlatform.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
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
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "MassTransit", "Npgsql", HealthMetrics.MeterName,
    ];

    /// <summary>
    /// Exports when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> chooses
    /// <c>grpc</c> (default) or <c>http/protobuf</c>. Both are read from configuration (environment included),
    /// so a host's own configuration can set them too.
    /// </summary>
    public static WebApplicationBuilder AddCtiTelemetry(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is not { Length: > 0 } endpoint)
        {
            return builder;
        }

        var protocol = builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        var resource = ResourceBuilder.CreateDefault().AddService(builder.Environment.ApplicationName);
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(ActivitySources)
            .AddOtlpExporter(o => Export(o, endpoint, protocol, "v1/traces"))
            .Build();
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(Meters)
            .AddOtlpExporter(o => Export(o, endpoint, protocol, "v1/metrics"))
            .Build();
        builder.Services.AddHostedService(_ => new TelemetryFlush(tracing, metrics));
        return builder;
    }

    // An endpoint set in code is used as given, so over HTTP the signal's path must be appended here.
    private static void Export(OtlpExporterOptions options, string endpoint, OtlpExportProtocol protocol, string httpPath)
    {
        options.Protocol = protocol;
        options.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(new Uri(endpoint.TrimEnd('/') + "/"), httpPath) : new Uri(endpoint);
    }
}
