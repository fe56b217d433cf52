using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CtiPlatform.Persistence.AccessLogging;

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("access_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasConversion(a => a.ToString().ToLowerInvariant(), s => Enum.Parse<AccessAction>(s, true));
        builder.HasIndex(e => new { e.TenantId, e.SubjectType, e.SubjectId, e.OccurredAt }).HasDatabaseName("access_log_subject");
        builder.HasIndex(e => new { e.TenantId, e.OccurredAt }).HasDatabaseName("access_log_time");
    }
}
