using Microsoft.AspNetCore.Builder;

namespace CtiPlatform.Testing.Platform;

/// <summary>
/// One service as the platform deploys it: its gateway route (with the chart's body-size limit where it sets one), its
/// database, and the calls its Program makes.
/// </summary>
public sealed record RoutedService(
    string Name, string PathPrefix, string Database, Action<WebApplicationBuilder> Add, Action<WebApplication> Map,
    IReadOnlyList<KeyValuePair<string, string?>> Settings, long? MaxRequestBodySize = null);
