using System.Security.Cryptography;
using CtiPlatform.Standalone.Composition;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Standalone;

public static class StandaloneExtensions
{
    // The one key of the standalone host's ring; a host given its own ring (PersistenceOptions:CurrentKeyId) uses that.
    private const string StandaloneKeyId = "standalone";

    /// <summary>
    /// Embedded defaults: loopback only unless <see cref="StandaloneOptions.AllowRemoteAccess"/>, SQLite under the data
    /// folder, a signing key made fresh at every start when none is configured (so no secret is checked in and tokens
    /// die with the process) and an encryption key and a contact-matching key kept beside the SQLite files they protect.
    /// </summary>
    public static WebApplicationBuilder AddStandaloneDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StandaloneOptions>().BindConfiguration(nameof(StandaloneOptions)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StandaloneOptions>, LoopbackOnlyValidator>();

        // A configured key or authority means someone else issues the tokens: the host then mints none itself (decision 023).
        var ownSigningKey = string.IsNullOrWhiteSpace(builder.Configuration["JwtOptions:SigningKey"])
            && string.IsNullOrWhiteSpace(builder.Configuration["JwtOptions:Authority"]);
        if (ownSigningKey)
        {
            builder.Configuration.AddInMemoryCollection(
                [new("JwtOptions:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))]);
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration["PersistenceOptions:CurrentKeyId"]))
        {
            builder.Configuration.AddInMemoryCollection(
            [
                new($"PersistenceOptions:EncryptionKeys:{StandaloneKeyId}", DataKey(builder.Configuration, "standalone-encryption.key")),
                new("PersistenceOptions:CurrentKeyId", StandaloneKeyId),
            ]);
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration["ContactMatchingOptions:CurrentKeyId"]))
        {
            builder.Configuration.AddInMemoryCollection(
            [
                new($"ContactMatchingOptions:Keys:{StandaloneKeyId}", DataKey(builder.Configuration, "standalone-contact-matching.key")),
                new("ContactMatchingOptions:CurrentKeyId", StandaloneKeyId),
            ]);
        }

        builder.Services.AddOptions<DemoOptions>().BindConfiguration(nameof(DemoOptions));
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<DemoUsers>(sp, ownSigningKey));

        // The web app needs someone to log users in: the demo log-in with the host's own key, or a configured provider.
        if (ownSigningKey || !string.IsNullOrWhiteSpace(builder.Configuration["OidcOptions:Authority"]))
        {
            builder.AddEmbeddedWebApp(demoLogin: ownSigningKey);
        }

        return builder;
    }

    // The demo's data must survive a restart, so its keys must too; they live (and die) with the data folder.
    private static string DataKey(IConfiguration configuration, string fileName)
    {
        var folder = configuration["PersistenceOptions:DataDirectory"] ?? "data";
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return File.ReadAllText(path).Trim();
    }
}
