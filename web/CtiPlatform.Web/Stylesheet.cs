namespace CtiPlatform.Web;

/// <summary>
/// The one stylesheet, embedded in the assembly: the pages then look the same in their own host and inside the
/// standalone host, with no static-asset copying and nothing fetched from elsewhere (decision 801).
/// </summary>
internal static class Stylesheet
{
    public const string Path = "/css/site.css";

    private static readonly byte[] Content = Read();

    public static IEndpointRouteBuilder MapStylesheet(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, () => Results.Bytes(Content, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    private static byte[] Read()
    {
        using var stream = typeof(Stylesheet).Assembly.GetManifestResourceStream("site.css")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
