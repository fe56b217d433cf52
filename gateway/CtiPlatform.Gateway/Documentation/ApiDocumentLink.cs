namespace CtiPlatform.Gateway.Documentation;

/// <summary>One service's OpenAPI document as the documentation page lists it.</summary>
/// <param name="Name">The service name shown on the page, e.g. <c>referrals</c>.</param>
/// <param name="Url">Where the document is fetched, relative to the host, e.g. <c>/openapi/referrals.json</c>.</param>
public sealed record ApiDocumentLink(string Name, string Url);
