using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Messaging;
using CtiPlatform.Messaging.Attention;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Workflows.Api;
using CtiPlatform.Workflows.Application;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Options;
using CtiPlatform.Workflows.Persistence;
using MassTransit;

namespace CtiPlatform.Workflows;

public static class WorkflowsExtensions
{
    /// <summary>
    /// The course lifecycle: its database (<c>workflows-db</c>), the state machine on the platform's messaging
    /// (outbox, durable timers, inbox, saga store), the settings in <c>CourseLifecycleOptions</c>, its policies,
    /// validators and use cases. Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static WebApplicationBuilder AddWorkflows(this WebApplicationBuilder builder)
    {
        builder.AddTenantSettings<CourseLifecycleOptions, CourseSettings>();
        builder.AddServiceDatabase<WorkflowsDbContext>("workflows-db");
        builder.AddMessaging<WorkflowsDbContext>(x =>
            x.AddSagaStateMachine<CourseLifecycleStateMachine, CourseLifecycleState>(typeof(CourseLifecycleStateDefinition))
                .EfCoreRepository<WorkflowsDbContext, CourseLifecycleState>());
        // An approval or timer the lifecycle cannot apply leaves the course on the team lead's attention list (decision 411).
        builder.Services.AddAttentionSubject<ReferralApproved>(m => m.ReferralId, m => m.TenantId);
        builder.Services.AddAttentionSubject<CourseTimerDue>(m => m.CourseId);
        WorkflowPolicies.Add(builder.Services);
        builder.Services.AddValidatorsFrom(typeof(WorkflowsExtensions).Assembly);
        builder.Services.AddScoped<CourseLifecycleWriter>();
        builder.Services.AddScoped<CourseCommands>();
        builder.Services.AddScoped<CourseQueries>();
        return builder;
    }

    /// <summary>The courses API under <c>/api/courses</c>, with the courses that need attention.</summary>
    public static WebApplication MapWorkflowsApi(this WebApplication app)
    {
        app.MapCoursesApi();
        app.MapAttentionApi<WorkflowsDbContext>(CoursesApi.Prefix);
        return app;
    }
}
