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

        // Referrals hold her name, CPR number and phone: without a usable key ring the service must not start at all.
        builder.AddPersonalDataProtection();
        ReferralPolicies.Add(builder.Services);
        builder.Services.AddValidatorsFrom(typeof(ReferralsExtensions).Assembly);
        builder.Services.AddScoped<ReferralSubmissions>();
        builder.Services.AddScoped<CommitteeMeetings>();
        builder.Services.AddScoped<VisitationDecisions>();
        builder.Services.AddScoped<ReferralQueries>();
        builder.Services.AddScoped<ReferralReencryption>();
        builder.Services.AddSingleton<ReencryptionJob>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ReencryptionJob>());
        builder.Services.AddScoped<WorkerRegistry>();
        builder.Services.AddScoped<CourseAssignments>();
        builder.Services.AddScoped<ActionPlans>();
        return builder;
    }
}
