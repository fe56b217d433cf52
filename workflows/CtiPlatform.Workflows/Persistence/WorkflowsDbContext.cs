using System.Text.Json;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Workflows.Persistence;

public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DbSet<CourseLifecycleState> Courses => Set<CourseLifecycleState>();

    public DbSet<CourseJournalEntry> Journal => Set<CourseJournalEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CourseLifecycleState>(e =>
        {
            e.ToTable("course_lifecycle_states");
            e.HasKey(c => c.CorrelationId);
            e.Property(c => c.CorrelationId).ValueGeneratedNever();

            // One JSON column: the course is always read and written whole, and the lists filter on the plain columns.
            e.Property(c => c.Course).HasConversion(
                course => JsonSerializer.Serialize(course, Json),
                json => JsonSerializer.Deserialize<Course>(json, Json)!);
        });
        modelBuilder.Entity<CourseJournalEntry>(e =>
        {
            e.ToTable("course_journal");
            e.Property(j => j.Id).ValueGeneratedOnAdd();
            e.Property(j => j.Kind).HasConversion<string>();
            e.Property(j => j.FromStage).HasConversion<string>();
            e.Property(j => j.ToStage).HasConversion<string>();
            e.Property(j => j.Cause).HasConversion<string>();
        });
        base.OnModelCreating(modelBuilder);
    }
}
