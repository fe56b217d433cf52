using CtiPlatform.Messaging;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.SafetyPlanning.Application;
using CtiPlatform.SafetyPlanning.Consumers;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.SafetyPlanning;

public static class SafetyPlanningExtensions
{
    /// <summary>The queue of the lifecycle events the service learns its courses from.</summary>
    public const string CourseEventsQueue = "safety-courses";

    /// <summary>
    /// The safety planning service: its database (<c>safetyplanning-db</c>) and messaging, settings, personal-data
    /// protection, policies, validators and use cases. Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static WebApplicationBuilder AddSafetyPlanning(this WebApplicationBuilder builder)
    {
        builder.AddTenantSettings<SafetyPlanningOptions, SafetyPlanningSettings>();
        builder.AddServiceDatabase<SafetyPlanningDbContext>("safetyplanning-db");
        builder.AddMessaging<SafetyPlanningDbContext>(x =>
        {
            // One queue of its own for the lifecycle events: by consumer name alone, CourseClosedConsumer would share
            // (and split) the referrals service's queue of the same name.
            x.AddConsumer<ReferralApprovedConsumer>().Endpoint(e => e.Name = CourseEventsQueue);
            x.AddConsumer<CourseReassignedConsumer>().Endpoint(e => e.Name = CourseEventsQueue);
            x.AddConsumer<CourseClosedConsumer>().Endpoint(e => e.Name = CourseEventsQueue);
            x.AddConsumer<SafetyTimerDueConsumer>(typeof(SafetyTimerDueConsumerDefinition));
        });

        // The service holds where she lives: without a usable key ring it must not start at all.
        builder.AddPersonalDataProtection();

        // Never-contact people travel as fingerprints under the contact-matching ring (decision 033); without it, no start.
        builder.AddContactMatching();
        SafetyPlanningPolicies.Add(builder.Services);
        builder.Services.AddValidatorsFrom(typeof(SafetyPlanningExtensions).Assembly);
        builder.Services.AddScoped<SafetyCourses>();
        builder.Services.AddScoped<SafetyTimers>();
        builder.Services.AddScoped<SafetyQueries>();
        builder.Services.AddScoped<AddressProtection>();
        builder.Services.AddScoped<ContactStops>();
        builder.Services.AddScoped<SafetyPlans>();
        builder.Services.AddScoped<WorkerSafety>();
        builder.Services.AddScoped<RiskAssessments>();
        builder.Services.AddScoped<NeverContactList>();
        builder.Services.AddHostedService<NeverContactRepublishJob>();
        return builder;
    }

    /// <summary>The safety planning API under <c>/api/safety</c>, with the service's access log.</summary>
    public static WebApplication MapSafetyPlanningApi(this WebApplication app)
    {
        app.MapSafetyCoursesApi();
        app.MapProtectedAddressApi();
        app.MapContactStopApi();
        app.MapSafetyPlanApi();
        app.MapVisitPrecautionsApi();
        app.MapRiskAssessmentApi();
        app.MapNeverContactApi();
        return app;
    }
}
