using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace CtiPlatform.ServiceDefaults.Tenancy;

/// <summary>
/// A service's settings per municipality: <c>{Section}:Defaults:{Key}</c> for every municipality, and
/// <c>{Section}:Tenants:{code}:{Key}</c> overriding one municipality key by key — a key its entry leaves out
/// keeps the configured default, not the class's built-in value (docs/decisions/405-tenant-settings.md).
/// Derive a sealed options class from this and register it with
/// <see cref="TenantSettingsExtensions.AddTenantSettings{TOptions, TSettings}"/>.
/// </summary>
/// <typeparam name="TSettings">One municipality's settings, with built-in values and data-annotation rules.</typeparam>
public abstract class TenantSettings<TSettings>
    where TSettings : class, new()
{
    private const string DefaultsKey = "Defaults";
    private const string TenantsKey = "Tenants";

    private readonly Dictionary<string, TSettings> tenants = new(StringComparer.Ordinal);
    private TSettings defaults = new();

    /// <summary>The settings that apply to <paramref name="tenantId"/>.</summary>
    public TSettings For(string tenantId) => tenants.GetValueOrDefault(tenantId) ?? defaults;

    /// <summary>Sets the defaults, and replaces the overrides, from <paramref name="section"/>.</summary>
    public void Bind(IConfigurationSection section)
    {
        var defaultsSection = section.GetSection(DefaultsKey);
        defaults = new TSettings();
        defaultsSection.Bind(defaults);
        tenants.Clear();
        foreach (var tenant in section.GetSection(TenantsKey).GetChildren())
        {
            var settings = new TSettings();
            defaultsSection.Bind(settings);
            tenant.Bind(settings);
            tenants[tenant.Key] = settings;
        }
    }

    /// <summary>Every broken rule of the defaults and of each municipality, named by its configuration path.</summary>
    public IReadOnlyList<string> Validate(string section)
    {
        var failures = new List<string>();
        Collect($"{section}:{DefaultsKey}", defaults, failures);
        foreach (var (tenant, settings) in tenants.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Collect($"{section}:{TenantsKey}:{tenant}", settings, failures);
        }

        return failures;
    }

    private static void Collect(string scope, TSettings settings, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);
        failures.AddRange(results.Select(r => $"{scope}: {r.ErrorMessage}"));
    }
}
