using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.Persistence.Tenancy;
using CtiPlatform.ServiceDefaults.Health;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Persistence;

public static class PersistenceExtensions
{
    /// <summary>
    /// Gives the service its own database named <paramref name="name"/>: the EF context, the schema brought up
    /// to date at start-up, the tenant carried into every transaction, the access log and a readiness check.
    /// PostgreSQL reads <c>ConnectionStrings:{name}</c> (the non-owner app role) and
    /// <c>ConnectionStrings:{name}-migrations</c> (the owner); SQLite keeps <c>{name}.db</c> in the data folder.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext>(this WebApplicationBuilder builder, string name)
        where TContext : ServiceDbContext
    {
        builder.Services.AddOptions<PersistenceOptions>().BindConfiguration(nameof(PersistenceOptions));
        builder.Services.AddSingleton(sp => new DatabaseConnectionStrings<TContext>(
            Required(sp.GetRequiredService<IConfiguration>(), name),
            Required(sp.GetRequiredService<IConfiguration>(), name + "-migrations")));
        builder.Services.AddDbContext<TContext>((sp, options) =>
        {
            var persistence = sp.GetRequiredService<IOptions<PersistenceOptions>>().Value;
            if (persistence.Provider == DatabaseProvider.Sqlite)
            {
                Directory.CreateDirectory(persistence.DataDirectory);
                options.UseSqlite($"Data Source={Path.Combine(persistence.DataDirectory, name + ".db")}");
                return;
            }

            options.UseNpgsql(sp.GetRequiredService<DatabaseConnectionStrings<TContext>>().App)
                .AddInterceptors(new TenantTransactionInterceptor(sp.GetRequiredService<TenantContext>()));
        });
        builder.Services.AddHostedService<DatabaseInitializer<TContext>>();
        builder.Services.AddScoped<IAccessLog, AccessLog<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(name, tags: [HealthTags.Ready]);
        return builder;
    }

    private static string Required(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? throw new InvalidOperationException($"Connection string '{name}' is not configured (ConnectionStrings__{name}).");
}
