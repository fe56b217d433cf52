using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CtiPlatform.Gateway.Resources;

namespace CtiPlatform.Gateway.Documentation;

/// <summary>The page that lists every service's OpenAPI document, for the gateway and the standalone host alike.</summary>
public static class GatewayDocumentationExtensions
{
    /// <summary>
    /// Maps an anonymous HTML page at <paramref name="pattern"/> linking to <paramref name="documents"/>. The page
    /// holds no script or style, so it passes the gateway's strict content security policy unchanged.
    /// </summary>
    public static IEndpointConventionBuilder MapGatewayDocumentation(
        this IEndpointRouteBuilder endpoints, IReadOnlyList<ApiDocumentLink> documents, string pattern = "/docs")
    {
        return endpoints.MapGet(pattern, () => Results.Content(Render(documents), "text/html; charset=utf-8"))
            .WithName("ApiDocumentation")
            .ExcludeFromDescription()
            .AllowAnonymous();
    }

    private static string Render(IReadOnlyList<ApiDocumentLink> documents)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\">");
        page.Append(CultureInfo.InvariantCulture, $"<title>{html.Encode(GatewayTexts.DocumentationTitle)}</title></head><body>");
        page.Append(CultureInfo.InvariantCulture, $"<h1>{html.Encode(GatewayTexts.DocumentationTitle)}</h1>");
        if (documents.Count == 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p>{html.Encode(GatewayTexts.DocumentationEmpty)}</p>");
        }
        else
        {
            page.Append(CultureInfo.InvariantCulture, $"<p>{html.Encode(GatewayTexts.DocumentationIntro)}</p><ul>");
            foreach (var document in documents.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{html.Encode(document.Url)}\">{html.Encode(document.Name)}</a></li>");
            }

            page.Append("</ul>");
        }

        return page.Append("</body></html>").ToString();
    }
}
