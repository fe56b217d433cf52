namespace CtiPlatform.Gateway.Documentation;

internal static partial class DocumentLog
{
    [LoggerMessage(11, LogLevel.Warning, "The API document of route {Route} could not be fetched ({StatusCode}, {Failure})")]
    public static partial void Failed(ILogger logger, string route, int statusCode, string failure);
}
