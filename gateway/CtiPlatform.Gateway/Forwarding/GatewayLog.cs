namespace CtiPlatform.Gateway.Forwarding;

/// <summary>
/// The gateway's log lines. They carry the route name, status and duration only: paths, query strings,
/// headers and bodies may hold names or CPR numbers and never reach the log.
/// </summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1, LogLevel.Information, "Forwarded {Method} on route {Route}: {StatusCode} in {ElapsedMs:0.0} ms")]
    public static partial void Forwarded(ILogger logger, string method, string route, int statusCode, double elapsedMs);

    [LoggerMessage(2, LogLevel.Warning, "Route {Route} answered {StatusCode} after {ElapsedMs:0.0} ms: {Failure} from destination {Destination}")]
    public static partial void Failed(ILogger logger, string route, int statusCode, double elapsedMs, string failure, string destination);

    [LoggerMessage(3, LogLevel.Information, "Client left route {Route} after {ElapsedMs:0.0} ms; the upstream request was cancelled")]
    public static partial void ClientAborted(ILogger logger, string route, double elapsedMs);

    [LoggerMessage(4, LogLevel.Warning, "Route {Route}: the response broke off while streaming ({Failure}); the client connection was aborted")]
    public static partial void ResponseBrokenOff(ILogger logger, string route, string failure);
}
