using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Web.Persistence;

/// <summary>The web app's own database: the data-protection key ring its replicas share (decision 806), nothing else.</summary>
public sealed class WebDbContext(DbContextOptions<WebDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>();
        base.OnModelCreating(modelBuilder);
    }
}
