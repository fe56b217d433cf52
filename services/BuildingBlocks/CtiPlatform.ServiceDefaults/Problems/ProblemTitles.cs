using CtiPlatform.ServiceDefaults.Resources;

namespace CtiPlatform.ServiceDefaults.Problems;

/// <summary>Localised titles for problem responses, so a social worker reads Danish, not "Bad Request".</summary>
public static class ProblemTitles
{
    /// <summary>
    /// The localised title for <paramref name="status"/>. A title an endpoint chose itself is kept unless
    /// it is the framework's English default.
    /// </summary>
    public static string? For(int status, string? current)
    {
        var localised = status switch
        {
            400 => Texts.ProblemBadRequest,
            401 => Texts.ProblemUnauthorized,
            403 => Texts.ProblemForbidden,
            404 => Texts.ProblemNotFound,
            409 => Texts.ProblemConflict,
            413 => Texts.ProblemPayloadTooLarge,
            422 => Texts.ProblemUnprocessable,
            429 => Texts.ProblemTooManyRequests,
            500 => Texts.ProblemServerError,
            502 => Texts.ProblemBadGateway,
            503 => Texts.ProblemServiceUnavailable,
            504 => Texts.ProblemGatewayTimeout,
            _ => null,
        };
        return current is null || IsFrameworkDefault(current) ? localised ?? current : current;
    }

    private static bool IsFrameworkDefault(string title) => title is
        "Bad Request" or "Unauthorized" or "Forbidden" or "Not Found" or "Conflict" or "Payload Too Large"
        or "Content Too Large" or "Unprocessable Entity" or "Unprocessable Content" or "Too Many Requests"
        or "An error occurred while processing your request." or "Internal Server Error" or "Bad Gateway"
        or "Service Unavailable" or "Gateway Timeout" or "One or more validation errors occurred.";
}
