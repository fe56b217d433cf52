using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Persistence;

public sealed class CourseTrackingDbContext(DbContextOptions<CourseTrackingDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<TrackedCourse> Courses => Set<TrackedCourse>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TrackedCourse>(e =>
        {
            e.ToTable("tracked_courses");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).ValueGeneratedNever();
            e.Property(c => c.Stage).HasConversion<string>();
            e.Property(c => c.ClosureReason).HasConversion<string>();
            e.HasIndex(c => new { c.TenantId, c.WorkerId });
        });
        base.OnModelCreating(modelBuilder);
    }
}
