using System.Linq.Expressions;
using System.Reflection;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.Persistence.Tenancy;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CtiPlatform.Persistence;

/// <summary>
/// Base for every service's EF Core context: snake_case names matching the SQL scripts, the access log,
/// and the application-level tenant filter that applies on PostgreSQL and SQLite alike.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options, TenantContext tenant) : DbContext(options)
{
    private static readonly MethodInfo ApplyTenantFilterMethod =
        typeof(ServiceDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    /// <summary>Read by the query filters on every query, so each unit of work sees only its own tenant.</summary>
    protected string? CurrentTenantId => tenant.TenantId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AccessLogEntryConfiguration());
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList())
        {
            ApplyTenantFilterMethod.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
        }

        SnakeCaseNames.Apply(modelBuilder.Model);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare DateTimeOffset values in SQL; stored as sortable integers they order correctly.
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
            }
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseForeignTenantWrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseForeignTenantWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void RefuseForeignTenantWrites()
    {
        var foreign = ChangeTracker.Entries<ITenantOwned>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Any(e => e.Entity.TenantId != tenant.TenantId);
        if (foreign)
        {
            throw new InvalidOperationException("An entity of another tenant than the current unit of work's cannot be saved.");
        }
    }

    private void ApplyTenantFilter<T>(ModelBuilder modelBuilder)
        where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e => e.TenantId == CurrentTenantId;
        modelBuilder.Entity<T>().HasQueryFilter(filter);
    }
}
