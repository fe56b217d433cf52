using CtiPlatform.Notifications.Domain;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Persistence;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options, TenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<InboxEntry> InboxEntries => Set<InboxEntry>();

    public DbSet<InboxRead> InboxReads => Set<InboxRead>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<WorkerPreference> WorkerPreferences => Set<WorkerPreference>();

    public DbSet<EmailTemplate> EmailTemplates => Set<EmailTemplate>();

    public DbSet<NotificationCourse> Courses => Set<NotificationCourse>();

    public DbSet<ContactProfile> ContactProfiles => Set<ContactProfile>();

    public DbSet<SmsMeeting> SmsMeetings => Set<SmsMeeting>();

    public DbSet<NeverContactPerson> NeverContactPeople => Set<NeverContactPerson>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxEntry>(b =>
        {
            b.ToTable("inbox_entries");
            b.Ignore(e => e.Reminder);
            b.HasIndex(e => new { e.TenantId, e.RecipientId });
        });
        modelBuilder.Entity<InboxRead>(b =>
        {
            b.ToTable("inbox_reads");
            b.HasKey(r => new { r.EntryId, r.ReaderId });
            b.HasOne<InboxEntry>().WithMany().HasForeignKey(r => r.EntryId);
        });
        modelBuilder.Entity<Delivery>(b =>
        {
            b.ToTable("deliveries");
            b.Ignore(d => d.IsOpen);
            b.Ignore(d => d.MayHaveLeft);
            b.HasOne<InboxEntry>().WithMany().HasForeignKey(d => d.InboxEntryId);
            b.HasIndex(d => new { d.TenantId, d.RecipientId });

        });
        modelBuilder.Entity<WorkerPreference>(b =>
        {
            b.ToTable("worker_preferences");
            b.HasKey(p => new { p.TenantId, p.WorkerId });
        });
        modelBuilder.Entity<EmailTemplate>(b =>
        {
            b.ToTable("email_templates");
            b.HasKey(t => new { t.TenantId, t.Kind });
        });
        modelBuilder.Entity<NotificationCourse>(b =>
        {
            b.ToTable("notification_courses");
            b.HasKey(c => c.CourseId);
            b.Ignore(c => c.IsClosed);
        });
        modelBuilder.Entity<SmsMeeting>(b =>
        {
            b.ToTable("sms_meetings");
            b.HasKey(m => m.MeetingId);

            // Two events of one meeting handled at once: the second to commit finds the row changed and is retried
            // against it, so neither a move nor a cancellation is lost (decision 714).
            b.Property(m => m.Moves).IsConcurrencyToken();
            b.Property(m => m.Cancelled).IsConcurrencyToken();
        });
        modelBuilder.Entity<NeverContactPerson>(b =>
        {
            b.ToTable("never_contact_people");
            b.HasKey(p => p.PersonId);
        });
        modelBuilder.Entity<ContactProfile>(b =>
        {
            b.ToTable("contact_profiles");
            b.HasKey(p => p.CourseId);
            b.Ignore(p => p.CrossesMidnight);
            b.HasOne<NotificationCourse>().WithMany().HasForeignKey(p => p.CourseId);
        });
        base.OnModelCreating(modelBuilder);
    }
}
