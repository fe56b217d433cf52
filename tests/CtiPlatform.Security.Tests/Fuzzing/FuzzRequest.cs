namespace CtiPlatform.Security.Tests.Fuzzing;

/// <summary>One request the fuzz run sends: what it is, and the raw JSON body (null = no body).</summary>
public sealed record FuzzRequest(string Method, string Url, string? Body)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json");
        }

        return message;
    }

    public override string ToString() => Body is null ? $"{Method} {Url}" : $"{Method} {Url} {Truncated(Body)}";

    private static string Truncated(string text) => text.Length <= 300 ? text : text[..300] + $"…({text.Length} chars)";
}
