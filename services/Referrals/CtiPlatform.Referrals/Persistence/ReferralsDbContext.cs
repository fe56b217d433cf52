using CtiPlatform.Persistence;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Persistence;

public sealed class ReferralsDbContext(DbContextOptions<ReferralsDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<WorkerCourse> WorkerCourses => Set<WorkerCourse>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ReferralConfiguration());
        modelBuilder.Entity<WorkerCourse>(b =>
        {
            b.ToTable("worker_courses");
            b.HasKey(c => c.CourseId);
            b.HasIndex(c => new { c.TenantId, c.WorkerId });
        });
        base.OnModelCreating(modelBuilder);
    }
}
