using CtiPlatform.Messaging;
using CtiPlatform.Persistence;
using CtiPlatform.Workflows.Api;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Options;
using CtiPlatform.Workflows.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Workflows;

public static class WorkflowsExtensions
{
    /// <summary>
    /// The course lifecycle: its database (<c>workflows-db</c>), the state machine on the platform's messaging
    /// (outbox, durable timers, inbox, saga store) and the settings in <c>CourseLifecycleOptions</c>.
    /// Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static WebApplicationBuilder AddWorkflows(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CourseLifecycleOptions>().BindConfiguration(nameof(CourseLifecycleOptions)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CourseLifecycleOptions>, CourseLifecycleOptionsValidator>();
        builder.AddServiceDatabase<WorkflowsDbContext>("workflows-db");
        builder.AddMessaging<WorkflowsDbContext>(x =>
            x.AddSagaStateMachine<CourseLifecycleStateMachine, CourseLifecycleState>(typeof(CourseLifecycleStateDefinition))
                .EfCoreRepository<WorkflowsDbContext, CourseLifecycleState>());
        builder.Services.AddScoped<CourseLifecycleWriter>();
        builder.Services.AddScoped<IValidator<RegisterMoveInRequest>, RegisterMoveInRequestValidator>();
        builder.Services.AddScoped<IValidator<ChangeExpectedMoveOutRequest>, ChangeExpectedMoveOutRequestValidator>();
        builder.Services.AddScoped<IValidator<ExtendCourseRequest>, ExtendCourseRequestValidator>();
        builder.Services.AddScoped<IValidator<EndCourseRequest>, EndCourseRequestValidator>();
        return builder;
    }

    /// <summary>The courses API under <c>/api/courses</c>.</summary>
    public static WebApplication MapWorkflowsApi(this WebApplication app)
    {
        app.MapCoursesApi();
        return app;
    }
}
