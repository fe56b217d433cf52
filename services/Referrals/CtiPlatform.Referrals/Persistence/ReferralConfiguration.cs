using CtiPlatform.Referrals.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CtiPlatform.Referrals.Persistence;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasConversion<string>();
        builder.Property(r => r.CourseOutcome).HasConversion<string>();
        builder.Property(r => r.CourseEndsTo).HasConversion<string>();
        builder.Property(r => r.Criteria).HasConversion(JsonColumn<CriterionAssessment>.Converter, JsonColumn<CriterionAssessment>.Comparer);
        builder.Property(r => r.PossibleDuplicates).HasConversion(JsonColumn<Guid>.Converter, JsonColumn<Guid>.Comparer);
        builder.OwnsOne(r => r.Woman);
        builder.OwnsOne(r => r.Situation);
        builder.OwnsOne(r => r.Decision, d =>
            d.Property(x => x.Participants).HasConversion(JsonColumn<string>.Converter, JsonColumn<string>.Comparer));
        builder.Ignore(r => r.CriteriaMet);
        builder.Ignore(r => r.IsEligible);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.IsUndecided);
        builder.HasIndex(r => new { r.TenantId, r.Status });
        builder.HasIndex(r => new { r.TenantId, r.ShelterOrganisationId });
    }
}
