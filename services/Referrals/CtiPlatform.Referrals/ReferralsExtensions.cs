using CtiPlatform.Messaging;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Consumers;
using CtiPlatform.Referrals.Persistence;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CtiPlatform.Referrals;

public static class ReferralsExtensions
{
    /// <summary>The referral and visitation service: its database and messaging, settings, personal-data protection and validators.</summary>
    public static WebApplicationBuilder AddReferrals(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReferralsDbContext>("referrals-db");
        builder.AddMessaging<ReferralsDbContext>(x =>
        {
            x.AddConsumer<PhaseStartedConsumer>();
            x.AddConsumer<MoveInRegisteredConsumer>();
            x.AddConsumer<CourseClosedConsumer>();
        });
        builder.Services.AddOptions<ReferralsOptions>()
            .BindConfiguration(nameof(ReferralsOptions))
            .PostConfigure<IConfiguration>((options, configuration) => options.OverlayTenants(configuration.GetSection(nameof(ReferralsOptions))));

        // Referrals hold CPR numbers and phones: without a key the service must not start at all.
        builder.Services.AddOptions<PersistenceOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.EncryptionKey), "PersistenceOptions:EncryptionKey is required by the referrals service.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<PersonalDataProtector>();
        builder.Services.AddScoped<IValidator<SubmitReferralRequest>, SubmitReferralValidator>();
        builder.Services.AddScoped<IValidator<DecisionRequest>, DecisionRequestValidator>();
        builder.Services.AddScoped<IValidator<AgendaRequest>, AgendaRequestValidator>();
        return builder;
    }
}
