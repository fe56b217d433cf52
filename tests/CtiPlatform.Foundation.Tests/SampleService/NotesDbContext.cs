using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Foundation.Tests.SampleService;

public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>().ToTable("notes");
        base.OnModelCreating(modelBuilder);
    }
}
