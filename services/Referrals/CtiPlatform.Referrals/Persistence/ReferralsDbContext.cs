using CtiPlatform.Persistence;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Persistence;

public sealed class ReferralsDbContext(DbContextOptions<ReferralsDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<WorkerCourse> WorkerCourses => Set<WorkerCourse>();

    public DbSet<SubmissionKey> SubmissionKeys => Set<SubmissionKey>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<Reassignment> Reassignments => Set<Reassignment>();

    public DbSet<CommitteeMeeting> CommitteeMeetings => Set<CommitteeMeeting>();

    public DbSet<ActionPlanDocument> ActionPlans => Set<ActionPlanDocument>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ReferralConfiguration());
        modelBuilder.Entity<WorkerCourse>(b =>
        {
            b.ToTable("worker_courses");
            b.HasKey(c => c.CourseId);
            b.HasIndex(c => new { c.TenantId, c.WorkerId });
        });
        modelBuilder.Entity<SubmissionKey>(b =>
        {
            b.ToTable("submission_keys");
            b.HasKey(k => new { k.TenantId, k.SubmittedBy, k.Key });
            b.HasOne<Referral>().WithMany().HasForeignKey(k => k.ReferralId);
        });
        modelBuilder.Entity<Worker>(b =>
        {
            b.ToTable("workers");
            b.HasKey(w => new { w.TenantId, w.WorkerId });
        });
        modelBuilder.Entity<Reassignment>(b =>
        {
            b.ToTable("worker_reassignments");
            b.HasKey(r => r.Id);
            b.HasOne<Referral>().WithMany().HasForeignKey(r => r.ReferralId);
            b.HasIndex(r => new { r.TenantId, r.ReferralId });
        });
        modelBuilder.Entity<CommitteeMeeting>(b =>
        {
            b.ToTable("committee_meetings");
            b.HasKey(m => m.Id);
            b.HasIndex(m => new { m.TenantId, m.MeetingDate }).IsUnique();
        });
        modelBuilder.Entity<ActionPlanDocument>(b =>
        {
            b.ToTable("referral_action_plans");
            b.HasKey(p => p.ReferralId);
            b.HasOne<Referral>().WithOne().HasForeignKey<ActionPlanDocument>(p => p.ReferralId);
        });
        base.OnModelCreating(modelBuilder);
    }
}
