using CtiPlatform.Messaging;
using CtiPlatform.Notifications.Api;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Consumers;
using CtiPlatform.Notifications.Deliveries;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Notifications.Sidecar;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.Notifications;

public static class NotificationsExtensions
{
    /// <summary>The queue of the lifecycle events that tell this service which courses exist and whose they are.</summary>
    public const string CourseEventsQueue = "notification-courses";

    /// <summary>The queue of course tracking's meeting events, which plan the SMS to her the day before.</summary>
    public const string MeetingEventsQueue = "notification-meetings";

    /// <summary>The queue of safety planning's events that stop or pause messages to her.</summary>
    public const string SafetyEventsQueue = "notification-safety";

    /// <summary>
    /// The notification service: its database (<c>notifications-db</c>) and messaging, the workflow's reminders taken
    /// into inboxes and e-mail deliveries, the Dapr sidecar seam (<c>DaprOptions</c>), settings, personal-data
    /// protection, policies, validators and use cases. Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.AddTenantSettings<NotificationsOptions, NotificationSettings>();
        builder.AddServiceDatabase<NotificationsDbContext>("notifications-db");
        builder.AddMessaging<NotificationsDbContext>(x =>
        {
            x.AddConsumer<PhaseChangeDueConsumer>();
            x.AddConsumer<ChangeCompassStartingMeasurementDueConsumer>();
            x.AddConsumer<ChangeCompassAssessmentDueConsumer>();
            x.AddConsumer<HandOverMeetingsDueConsumer>();
            x.AddConsumer<CourseClosureDueConsumer>();
            x.AddConsumer<ContactPeriodExceededConsumer>();
            x.AddConsumer<ReferralApprovedConsumer>().Endpoint(e => e.Name = CourseEventsQueue);
            x.AddConsumer<CourseReassignedConsumer>().Endpoint(e => e.Name = CourseEventsQueue);
            x.AddConsumer<CourseClosedConsumer>().Endpoint(e => e.Name = CourseEventsQueue);
            x.AddConsumer<MeetingPlannedConsumer>().Endpoint(e => e.Name = MeetingEventsQueue);
            x.AddConsumer<MeetingMovedConsumer>().Endpoint(e => e.Name = MeetingEventsQueue);
            x.AddConsumer<MeetingCancelledConsumer>().Endpoint(e => e.Name = MeetingEventsQueue);
            x.AddConsumer<ContactStoppedConsumer>().Endpoint(e => e.Name = SafetyEventsQueue);
            x.AddConsumer<ContactStopLiftedConsumer>().Endpoint(e => e.Name = SafetyEventsQueue);
            x.AddConsumer<RiskLevelRaisedConsumer>().Endpoint(e => e.Name = SafetyEventsQueue);
            x.AddConsumer<NeverContactPersonListedConsumer>().Endpoint(e => e.Name = SafetyEventsQueue);
            x.AddConsumer<NeverContactPersonRemovedConsumer>().Endpoint(e => e.Name = SafetyEventsQueue);
            x.AddConsumer<DeliveryDueConsumer>(typeof(DeliveryDueConsumerDefinition));
        });

        // Workers' e-mail addresses, her number and the messages awaiting delivery are kept encrypted.
        builder.AddPersonalDataProtection();

        // Her never-contact list arrives as keyed fingerprints; the ring lets this service test her number against them.
        builder.AddContactMatching();
        builder.Services.AddOptions<DaprOptions>().BindConfiguration(nameof(DaprOptions)).ValidateDataAnnotations().ValidateOnStart();
        if (LocalMode(builder.Configuration))
        {
            builder.Services.AddSingleton<LocalMessages>();
            builder.Services.AddScoped<IDaprBindings, LocalBindings>();
        }
        else
        {
            builder.Services.AddHttpClient<IDaprBindings, DaprHttpBindings>();
        }

        NotificationPolicies.Add(builder.Services);
        builder.Services.AddValidatorsFrom(typeof(NotificationsExtensions).Assembly);
        builder.Services.AddScoped<ReminderIntake>();
        builder.Services.AddScoped<DailyDigests>();
        builder.Services.AddScoped<DeliveryRunner>();
        builder.Services.AddScoped<SmsPlanner>();
        builder.Services.AddScoped<SmsSender>();
        builder.Services.AddScoped<SmsHistory>();
        builder.Services.AddScoped<NeverContactNumbers>();
        builder.Services.AddScoped<InboxQueries>();
        builder.Services.AddScoped<InboxCommands>();
        builder.Services.AddScoped<PreferenceCommands>();
        builder.Services.AddScoped<TemplateCommands>();
        builder.Services.AddScoped<ContactProfiles>();
        return builder;
    }

    /// <summary>The notifications API under <c>/api/notifications</c>: inbox, deliveries, preferences, contact profiles, SMS to her and the access log.</summary>
    public static WebApplication MapNotificationsApi(this WebApplication app)
    {
        app.MapInboxApi();
        app.MapDeliveriesApi();
        app.MapPreferencesApi();
        app.MapTemplatesApi();
        app.MapContactProfileApi();
        app.MapSmsToHerApi();
        if (LocalMode(app.Configuration))
        {
            app.MapSentMessagesApi();
        }

        return app;
    }

    private static bool LocalMode(IConfiguration configuration) =>
        configuration.GetSection(nameof(DaprOptions)).Get<DaprOptions>()?.Mode == DaprMode.Local;
}
