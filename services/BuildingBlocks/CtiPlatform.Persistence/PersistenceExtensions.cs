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
    /// Gives the service its own database named <paramref name="name"/>: the EF context, the schema checked (or,
    /// given the owner, brought up to date) and the app role's privileges checked at start-up, the <c>migrate</c>
    /// command (<see cref="MigrateCommand"/>), the tenant carried into every transaction, the access log and a
    /// readiness check. PostgreSQL reads <c>ConnectionStrings:{name}</c> (the non-owner app role) and, optionally,
    /// <c>ConnectionStrings:{name}-migrations</c> (the owner); SQLite keeps <c>{name}.db</c> in the data folder.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext>(this WebApplicationBuilder builder, string name)
        where TContext : ServiceDbContext
    {
        builder.Services.AddOptions<PersistenceOptions>().BindConfiguration(nameof(PersistenceOptions));
        builder.Services.AddSingleton(sp => new DatabaseConnectionStrings<TContext>(
            name,
            sp.GetRequiredService<IConfiguration>().GetConnectionString(name)
                ?? throw new InvalidOperationException($"Connection string '{name}' is not configured (ConnectionStrings__{name})."),
            sp.GetRequiredService<IConfiguration>().GetConnectionString(name + "-migrations")));
        builder.Services.AddSingleton<SchemaMigrator<TContext>>();
        builder.Services.AddSingleton<ISchemaMigrator>(sp => sp.GetRequiredService<SchemaMigrator<TContext>>());
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
}
