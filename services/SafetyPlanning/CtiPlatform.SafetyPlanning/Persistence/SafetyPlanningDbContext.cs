using CtiPlatform.Persistence;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Persistence;

public sealed class SafetyPlanningDbContext(DbContextOptions<SafetyPlanningDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<SafetyCourse> Courses => Set<SafetyCourse>();

    public DbSet<ProtectedAddress> ProtectedAddresses => Set<ProtectedAddress>();

    public DbSet<ContactStop> ContactStops => Set<ContactStop>();

    public DbSet<SafetyPlanVersion> SafetyPlanVersions => Set<SafetyPlanVersion>();

    public DbSet<VisitPrecautions> VisitPrecautions => Set<VisitPrecautions>();

    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();

    public DbSet<NeverContactPerson> NeverContactPeople => Set<NeverContactPerson>();

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
        modelBuilder.Entity<ContactStop>(b =>
        {
            b.ToTable("contact_stops");
            b.HasKey(s => s.Id);
            b.HasIndex(s => s.CourseId).IsUnique().HasFilter("lifted_at is null");
        });
        modelBuilder.Entity<SafetyPlanVersion>(b =>
        {
            b.ToTable("safety_plan_versions");
            b.HasKey(v => v.Id);
            b.HasIndex(v => new { v.CourseId, v.Version }).IsUnique();
        });
        modelBuilder.Entity<VisitPrecautions>(b =>
        {
            b.ToTable("visit_precautions");
            b.HasKey(p => p.CourseId);
        });
        modelBuilder.Entity<RiskAssessment>(b =>
        {
            b.ToTable("risk_assessments");
            b.HasKey(a => a.Id);
            b.HasIndex(a => new { a.CourseId, a.Number }).IsUnique();
            b.Property(a => a.ComputedLevel).HasConversion<string>();
            b.Property(a => a.Level).HasConversion<string>();
            b.Ignore(a => a.RaisedByJudgement);
        });
        modelBuilder.Entity<NeverContactPerson>(b =>
        {
            b.ToTable("never_contact_people");
            b.HasKey(p => p.Id);
            b.HasIndex(p => p.CourseId);
            b.Property(p => p.Relation).HasConversion<string>();
        });
        base.OnModelCreating(modelBuilder);
    }
}
