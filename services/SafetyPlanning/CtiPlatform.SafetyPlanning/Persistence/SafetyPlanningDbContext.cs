using CtiPlatform.Persistence;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Persistence;

public sealed class SafetyPlanningDbContext(DbContextOptions<SafetyPlanningDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<SafetyCourse> Courses => Set<SafetyCourse>();

    public DbSet<ProtectedAddress> ProtectedAddresses => Set<ProtectedAddress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SafetyCourse>(b =>
        {
            b.ToTable("safety_courses");
            b.HasKey(c => c.CourseId);
        });
        modelBuilder.Entity<ProtectedAddress>(b =>
        {
            b.ToTable("protected_addresses");
            b.HasKey(a => a.CourseId);
            b.Property(a => a.Kind).HasConversion<string>();
        });
        base.OnModelCreating(modelBuilder);
    }
}
