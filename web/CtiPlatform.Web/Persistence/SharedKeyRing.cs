using CtiPlatform.Persistence;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Web.Persistence;

/// <summary>
/// The data-protection key ring of a distributed web app (decision 806): in its own PostgreSQL database, so that every
/// replica opens the session cookies and antiforgery tokens any other protected, with each key's material encrypted by
/// the personal-data key ring. Without <c>ConnectionStrings:web-db</c> (the standalone host, one process) the keys
/// stay the process's own.
/// </summary>
public static class SharedKeyRing
{
    public const string DatabaseName = "web-db";

    /// <summary>Fixed, so that replicas in different folders or images still share their protected payloads.</summary>
    public const string ApplicationName = "cti-platform-web";

    public static WebApplicationBuilder AddSharedKeyRing(this WebApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        if (builder.Configuration.GetConnectionString(DatabaseName) is null)
        {
            return builder;
        }

        // The building block's context carries the unit of work's municipality; the key ring belongs to none.
        builder.Services.AddScoped<TenantContext>();
        builder.AddServiceDatabase<WebDbContext>(DatabaseName);
        builder.AddPersonalDataProtection();
        dataProtection.PersistKeysToDbContext<WebDbContext>();
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<PersonalDataProtector>((keys, protector) => keys.XmlEncryptor = new KeyRingXmlEncryptor(protector));
        return builder;
    }
}
