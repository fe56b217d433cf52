using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Persistence;

public sealed class CourseTrackingDbContext(DbContextOptions<CourseTrackingDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<TrackedCourse> Courses => Set<TrackedCourse>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ChecklistTick> ChecklistTicks => Set<ChecklistTick>();

    public DbSet<CtiPlanVersion> PlanVersions => Set<CtiPlanVersion>();

    public DbSet<HandOverPlan> HandOverPlans => Set<HandOverPlan>();

    public DbSet<PhaseDocument> PhaseDocuments => Set<PhaseDocument>();

    public DbSet<CompassAssessment> CompassAssessments => Set<CompassAssessment>();

    public DbSet<CompassDue> CompassDue => Set<CompassDue>();

    public DbSet<CourseOutcome> CourseOutcomes => Set<CourseOutcome>();

    public DbSet<OutcomeFollowUp> OutcomeFollowUps => Set<OutcomeFollowUp>();

    public DbSet<NetworkPerson> NetworkPersons => Set<NetworkPerson>();

    public DbSet<NeverContactListing> NeverContactListings => Set<NeverContactListing>();

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
        modelBuilder.Entity<Meeting>(e =>
        {
            e.ToTable("meetings");
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).ValueGeneratedNever();
            e.Property(m => m.Kind).HasConversion<string>();
            e.Property(m => m.Status).HasConversion<string>();
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(m => m.CourseId);
            e.HasIndex(m => new { m.CourseId, m.StartsAt });
        });
        modelBuilder.Entity<Contact>(e =>
        {
            e.ToTable("contacts");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).ValueGeneratedNever();
            e.Property(c => c.Kind).HasConversion<string>();
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(c => c.CourseId);
            e.HasIndex(c => new { c.CourseId, c.OccurredAt });
        });
        modelBuilder.Entity<ChecklistTick>(e =>
        {
            e.ToTable("checklist_ticks");
            e.HasKey(t => new { t.CourseId, t.Transition, t.ItemKey });
            e.Property(t => t.Transition).HasConversion<string>();
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(t => t.CourseId);
        });
        modelBuilder.Entity<CtiPlanVersion>(e =>
        {
            e.ToTable("cti_plan_versions");
            e.HasKey(v => v.Id);
            e.Property(v => v.Id).ValueGeneratedNever();
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(v => v.CourseId);
            e.HasIndex(v => new { v.CourseId, v.Version }).IsUnique();
        });
        modelBuilder.Entity<HandOverPlan>(e =>
        {
            e.ToTable("hand_over_plans");
            e.HasKey(p => p.CourseId);
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(p => p.CourseId);
        });
        modelBuilder.Entity<PhaseDocument>(e =>
        {
            e.ToTable("phase_documents");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).ValueGeneratedNever();
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(d => d.CourseId);
            e.HasIndex(d => new { d.CourseId, d.Phase, d.Version }).IsUnique();
        });
        modelBuilder.Entity<CompassAssessment>(e =>
        {
            e.ToTable("compass_assessments");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).ValueGeneratedNever();
            e.Property(a => a.Occasion).HasConversion<string>();
            e.Property(a => a.Respondent).HasConversion<string>();
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(a => a.CourseId);
            e.HasIndex(a => new { a.CourseId, a.Occasion, a.Respondent }).IsUnique();
        });
        modelBuilder.Entity<CompassDue>(e =>
        {
            e.ToTable("compass_due");
            e.HasKey(d => new { d.CourseId, d.Occasion });
            e.Property(d => d.Occasion).HasConversion<string>();
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(d => d.CourseId);
        });
        modelBuilder.Entity<CourseOutcome>(e =>
        {
            e.ToTable("course_outcomes");
            e.HasKey(o => o.Id);
            e.Property(o => o.Id).ValueGeneratedNever();
            e.Ignore(o => o.Answers);
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(o => o.CourseId);
            e.HasIndex(o => new { o.CourseId, o.Version }).IsUnique();
        });
        modelBuilder.Entity<OutcomeFollowUp>(e =>
        {
            e.ToTable("outcome_follow_ups");
            e.HasKey(f => f.CourseId);
            e.HasOne<TrackedCourse>().WithOne().HasForeignKey<OutcomeFollowUp>(f => f.CourseId);
        });
        modelBuilder.Entity<NetworkPerson>(e =>
        {
            e.ToTable("network_persons");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).ValueGeneratedNever();
            e.Property(p => p.Kind).HasConversion<string>();
            e.Property(p => p.Role).HasConversion<string>();
            e.Property(p => p.Sector).HasConversion<string>();
            e.HasOne<TrackedCourse>().WithMany().HasForeignKey(p => p.CourseId);
            e.HasIndex(p => p.CourseId);
        });
        modelBuilder.Entity<NeverContactListing>(e =>
        {
            e.ToTable("never_contact_listings");
            e.HasKey(l => new { l.CourseId, l.PersonId });
            e.Ignore(l => l.FingerprintSet);
        });
        base.OnModelCreating(modelBuilder);
    }
}
