using CtiPlatform.Persistence;
using CtiPlatform.SampleService.Domain;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SampleService.Persistence;

public sealed class SamplesDbContext(DbContextOptions<SamplesDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>().ToTable("notes");
        base.OnModelCreating(modelBuilder);
    }
}
