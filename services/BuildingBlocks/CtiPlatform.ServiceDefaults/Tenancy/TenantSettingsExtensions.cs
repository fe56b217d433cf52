using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CtiPlatform.ServiceDefaults.Tenancy;

public static class TenantSettingsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> from the configuration section of its own name and refuses to start
    /// when the defaults or any municipality's settings break a rule; inject <c>IOptions&lt;TOptions&gt;</c> and
    /// call <c>For(tenantId)</c>.
    /// </summary>
    public static WebApplicationBuilder AddTenantSettings<TOptions, TSettings>(this WebApplicationBuilder builder)
        where TOptions : TenantSettings<TSettings>, new()
        where TSettings : class, new()
    {
        var section = typeof(TOptions).Name;
        builder.Services.AddOptions<TOptions>()
            .Configure<IConfiguration>((options, configuration) => options.Bind(configuration.GetSection(section)))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(new Validation<TOptions, TSettings>(section));
        return builder;
    }

    // Names every broken rule in the start-up error, where a single "invalid" would leave an operator guessing.
    private sealed class Validation<TOptions, TSettings>(string section) : IValidateOptions<TOptions>
        where TOptions : TenantSettings<TSettings>
        where TSettings : class, new()
    {
        public ValidateOptionsResult Validate(string? name, TOptions options) =>
            options.Validate(section) is { Count: > 0 } failures ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
