using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.Json;
using CtiPlatform.Domain;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CtiPlatform.ServiceDefaults.Tenancy;

/// <summary>
/// The tenant admin's read-only view of a service's settings for her own municipality (docs/decisions/034-settings-api.md).
/// Changing them stays configuration (decision 405).
/// </summary>
public static class TenantSettingsApi
{
    // Danish is the resources' neutral language (Texts.resx), English the satellite (Texts.en.resx).
    private static readonly (string Language, CultureInfo Culture)[] LabelLanguages =
        [("Danish", CultureInfo.InvariantCulture), ("English", CultureInfo.GetCultureInfo("en"))];

    /// <summary>
    /// Maps <c>GET {prefix}/settings</c> for tenant admins. Every property configuration binds must carry
    /// <c>[SettingLabel(nameof(XTexts.SettingY), typeof(XTexts))]</c> with a Danish and an English text;
    /// mapping refuses a settings class where one is missing, so a setting never reaches the page as a bare code.
    /// </summary>
    public static RouteHandlerBuilder MapTenantSettingsApi<TOptions, TSettings>(this IEndpointRouteBuilder routes, string prefix)
        where TOptions : TenantSettings<TSettings>
        where TSettings : class, new()
    {
        var settings = Describe(typeof(TSettings));
        return routes.MapGet(prefix + "/settings", (IOptions<TOptions> options, TenantContext tenant, IOptions<JsonOptions> json) =>
                Read(settings, options.Value.For(tenant.RequiredTenantId), json.Value.SerializerOptions))
            .RequireAuthorization(Policies.TenantAdmin)
            .WithTags("Settings")
            .WithName("ReadTenantSettings" + prefix.Replace("/", "-", StringComparison.Ordinal))
            .WithSummary("The settings in force for the caller's municipality, with their labels (set by configuration)");
    }

    private static Ok<IReadOnlyList<TenantSettingView>> Read(IReadOnlyList<Setting> settings, object values, JsonSerializerOptions json) =>
        TypedResults.Ok<IReadOnlyList<TenantSettingView>>(
            [.. settings.Select(s => new TenantSettingView(
                s.Property.Name,
                s.Texts.GetString(s.LabelKey, CultureInfo.CurrentUICulture)!,
                JsonSerializer.SerializeToNode(s.Property.GetValue(values), s.Property.PropertyType, json)))]);

    // The properties configuration binds are the settable ones; computed views such as a calendar built from them are not settings.
    private static List<Setting> Describe(Type type)
    {
        var settings = new List<Setting>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var label = property.GetCustomAttribute<SettingLabelAttribute>();
            var texts = label?.Texts.GetProperty(nameof(ResourceManager), BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                ?.GetValue(null) as ResourceManager;
            if (label is null || texts is null)
            {
                throw new InvalidOperationException(
                    $"The setting {type.Name}.{property.Name} needs [SettingLabel(nameof(...Texts.Setting...), typeof(...Texts))] naming its label.");
            }

            var key = label.Name;

            // Without parents: an English text that is missing must not pass because the Danish one stands in for it.
            var missing = LabelLanguages
                .Where(l => string.IsNullOrWhiteSpace(texts.GetResourceSet(l.Culture, createIfNotExists: true, tryParents: false)?.GetString(key)))
                .Select(l => l.Language)
                .ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"The setting {type.Name}.{property.Name} has no label '{key}' in: {string.Join(", ", missing)}.");
            }

            settings.Add(new Setting(property, key, texts));
        }

        return settings;
    }

    private sealed record Setting(PropertyInfo Property, string LabelKey, ResourceManager Texts);
}
