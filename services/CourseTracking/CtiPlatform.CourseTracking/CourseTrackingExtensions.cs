using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Consumers;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Messaging;
using CtiPlatform.Messaging.Attention;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.CourseTracking;

public static class CourseTrackingExtensions
{
    /// <summary>The service's one receive queue, for the lifecycle's events.</summary>
    public const string QueueName = "course-tracking";

    /// <summary>
    /// The course tracking service: its database (<c>coursetracking-db</c>), the lifecycle's events on the platform's
    /// messaging, settings, personal-data protection, policies, validators and use cases. Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static WebApplicationBuilder AddCourseTracking(this WebApplicationBuilder builder)
    {
        builder.AddTenantSettings<CourseTrackingOptions, CourseTrackingSettings>();
        builder.AddServiceDatabase<CourseTrackingDbContext>("coursetracking-db");
        // One queue of its own for every lifecycle event: the kebab-case names of the consumers alone would be the
        // referrals service's queues (move-in-registered, …), and two services on one queue take turns (decision 501).
        builder.AddMessaging<CourseTrackingDbContext>(x =>
        {
            x.AddConsumer<ReferralApprovedConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<ContactPeriodStartedConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<MoveInRegisteredConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<PhaseStartedConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<CourseExtendedConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<CourseClosedConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<CourseReassignedConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<ChangeCompassStartingMeasurementDueConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<ChangeCompassAssessmentDueConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<OutcomeFollowUpDueConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<NeverContactPersonListedConsumer>().Endpoint(e => e.Name = QueueName);
            x.AddConsumer<NeverContactPersonRemovedConsumer>().Endpoint(e => e.Name = QueueName);
        });

        // A lifecycle event the record cannot take in leaves the course on the team lead's attention list (decision 411).
        builder.Services.AddAttentionSubject<ReferralApproved>(m => m.ReferralId, m => m.TenantId);
        builder.Services.AddAttentionSubject<ContactPeriodStarted>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<MoveInRegistered>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<PhaseStarted>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<CourseExtended>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<CourseClosed>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<CourseReassigned>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<ChangeCompassStartingMeasurementDue>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<ChangeCompassAssessmentDue>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<OutcomeFollowUpDue>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<NeverContactPersonListed>(m => m.CourseId, m => m.TenantId);
        builder.Services.AddAttentionSubject<NeverContactPersonRemoved>(m => m.CourseId, m => m.TenantId);

        // Notes of meetings and contacts are about her: without a usable key ring the service must not start at all.
        builder.AddPersonalDataProtection();
        // Network persons are matched against her never-contact list's keyed fingerprints (decisions 033, 513).
        builder.AddContactMatching();
        CourseTrackingPolicies.Add(builder.Services);
        builder.Services.AddValidatorsFrom(typeof(CourseTrackingExtensions).Assembly);
        builder.Services.AddScoped<TrackingClock>();
        builder.Services.AddScoped<CourseRecords>();
        builder.Services.AddScoped<TrackedCourseQueries>();
        builder.Services.AddScoped<MeetingNotes>();
        builder.Services.AddScoped<MeetingCommands>();
        builder.Services.AddScoped<MeetingQueries>();
        builder.Services.AddScoped<Checklists>();
        builder.Services.AddScoped<CtiPlans>();
        builder.Services.AddScoped<HandOverPlans>();
        builder.Services.AddScoped<PhaseDocumentation>();
        builder.Services.AddScoped<FidelityQueries>();
        builder.Services.AddScoped<CourseChildren>();
        builder.Services.AddScoped<ChangeCompass>();
        builder.Services.AddScoped<DueWork>();
        builder.Services.AddScoped<IDueItemSource, MeetingsDue>();
        builder.Services.AddScoped<IDueItemSource, CompassMeasurementsDue>();
        builder.Services.AddScoped<IDueItemSource, ChecklistsDue>();
        builder.Services.AddScoped<IDueItemSource, PhaseDocumentationDue>();
        builder.Services.AddScoped<IDueItemSource, HandOverPlansDue>();
        builder.Services.AddScoped<FollowUpsDue>();
        builder.Services.AddScoped<IDueItemSource>(services => services.GetRequiredService<FollowUpsDue>());
        builder.Services.AddScoped<CourseOutcomes>();
        builder.Services.AddScoped<EvaluatorExports>();
        builder.Services.AddScoped<CoursePages>();
        builder.Services.AddScoped<CourseNetwork>();
        return builder;
    }

    /// <summary>The course tracking API under <c>/api/tracking</c>, with its access log and the courses that need attention.</summary>
    public static WebApplication MapCourseTrackingApi(this WebApplication app)
    {
        app.MapTrackedCoursesApi();
        app.MapMeetingsApi();
        app.MapChecklistsApi();
        app.MapPlansApi();
        app.MapHandOverApi();
        app.MapPhaseDocumentationApi();
        app.MapFidelityApi();
        app.MapCompassApi();
        app.MapDueApi();
        app.MapOutcomesApi();
        app.MapEvaluatorExportApi();
        app.MapCoursePageApi();
        app.MapNetworkApi();
        app.MapAttentionApi<CourseTrackingDbContext>(TrackedCoursesApi.Prefix);
        return app;
    }
}
