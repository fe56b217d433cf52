using CtiPlatform.Messaging.TestHost.Sagas;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Messaging.TestHost.Persistence;

public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<Change> Changes => Set<Change>();

    public DbSet<SideEffect> SideEffects => Set<SideEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Change>().ToTable("changes").Property(c => c.Id).ValueGeneratedNever();
        modelBuilder.Entity<SideEffect>().ToTable("side_effects");
        modelBuilder.Entity<TallyState>(e =>
        {
            e.ToTable("tally_states");
            e.HasKey(t => t.CorrelationId);
            e.Property(t => t.CorrelationId).ValueGeneratedNever();
        });
        base.OnModelCreating(modelBuilder);
    }
}
