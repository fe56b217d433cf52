using System.Security.Cryptography;

namespace CtiPlatform.Standalone;

public static class StandaloneExtensions
{
    /// <summary>
    /// Embedded defaults: SQLite under the data folder, the in-memory bus, and a signing key made fresh at
    /// every start, so no secret is ever checked in and tokens die with the process.
    /// </summary>
    public static WebApplicationBuilder AddStandaloneDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["JwtOptions:SigningKey"]))
        {
            builder.Configuration.AddInMemoryCollection(
                [new("JwtOptions:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))]);
        }

        builder.Services.AddOptions<DemoOptions>().BindConfiguration(nameof(DemoOptions));
        builder.Services.AddHostedService<DemoUsers>();
        return builder;
    }
}
