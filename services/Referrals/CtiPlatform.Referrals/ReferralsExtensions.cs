using CtiPlatform.Contracts.Courses;
using CtiPlatform.Messaging;
using CtiPlatform.Messaging.Attention;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Application;
using CtiPlatform.Referrals.Consumers;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CtiPlatform.Referrals;

public static class ReferralsExtensions
{
    /// <summary>
    /// The referral and visitation service: its database and messaging, settings, personal-data protection, policies,
    /// validators and use cases. Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static WebApplicationBuilder AddReferrals(this WebApplicationBuilder builder)
    {
        builder.AddTenantSettings<ReferralsOptions, ReferralSettings>();
        builder.AddServiceDatabase<ReferralsDbContext>("referrals-db");
        builder.AddMessaging<ReferralsDbContext>(x =>
        {
            x.AddConsumer<PhaseStartedConsumer>();
            x.AddConsumer<MoveInRegisteredConsumer>();
            x.AddConsumer<CourseClosedConsumer>();
        });

        // A course event the referral cannot take in leaves it on the team lead's attention list (decision 411).
        builder.Services.AddAttentionSubject<PhaseStarted>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<MoveInRegistered>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<CourseClosed>(m => m.CourseId, m => m.TenantId);

        // Referrals hold CPR numbers and phones: without a key the service must not start at all.
        builder.Services.AddOptions<PersistenceOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.EncryptionKey), "PersistenceOptions:EncryptionKey is required by the referrals service.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<PersonalDataProtector>();
        ReferralPolicies.Add(builder.Services);
        builder.Services.AddValidatorsFrom(typeof(ReferralsExtensions).Assembly);
        builder.Services.AddScoped<ReferralSubmissions>();
        builder.Services.AddScoped<VisitationDecisions>();
        builder.Services.AddScoped<ReferralQueries>();
        return builder;
    }
}
