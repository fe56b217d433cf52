using CtiPlatform.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Workflows.Application;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Options;
using CtiPlatform.Workflows.Persistence;
using CtiPlatform.Workflows.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CtiPlatform.Workflows.Api;

/// <summary>
/// Courses for the people who work them: the assigned CTI worker, and the municipality's team leads. A course
/// someone else asks for answers 404, so its existence is not revealed. User commands are decided by
/// <see cref="Course"/> and recorded in the request's unit of work; a refusal is a 409 problem that changes nothing.
/// </summary>
public static class CoursesApi
{
    public const string Prefix = "/api/courses";

    public static IEndpointRouteBuilder MapCoursesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix).RequireAuthorization(WorkflowPolicies.CourseStaff).WithUnitOfWork<WorkflowsDbContext>().WithTags("Courses");
        api.MapGet("/", ListCourses).Validates<PageRequest>()
            .WithName("ListCourses").WithSummary("List courses by stage, worker and next transition, a page at a time in approval order");
        api.MapGet("/{id:guid}", GetCourse).WithName("GetCourse").WithSummary("One course: stage, planned dates, pending timers and journal");
        api.MapPost("/{id:guid}/move-in", RegisterMoveIn).Validates<RegisterMoveInRequest>()
            .WithName("RegisterMoveIn").WithSummary("Register her actual move-in; phase 1 starts on that date");
        api.MapPost("/{id:guid}/contact-period", StartContactPeriod).Validates<StartContactPeriodRequest>()
            .WithName("StartContactPeriod").WithSummary("Start the contact period before its start window, with a reason");
        api.MapPut("/{id:guid}/expected-move-out", ChangeExpectedMoveOut).Validates<ChangeExpectedMoveOutRequest>()
            .WithName("ChangeExpectedMoveOut").WithSummary("Change her expected move-out date before she moves in");
        // An extension departs from the method's nine months: the team lead's decision, never the worker's own (decision 414).
        api.MapPost("/{id:guid}/extensions", ExtendCourse).RequireAuthorization(Policies.TeamLead).Validates<ExtendCourseRequest>()
            .WithName("ExtendCourse").WithSummary("A team lead extends phase 3, with a reason category (a reported deviation)");
        api.MapPut("/{id:guid}/ends-to", RegisterEndsTo).Validates<RegisterEndsToRequest>()
            .WithName("RegisterEndsTo").WithSummary("Register what the course ends to: the support she goes on to");
        api.MapPost("/{id:guid}/closure", EndCourse).Validates<EndCourseRequest>()
            .WithName("EndCourse").WithSummary("End a course early, with a reason and what it ends to");
        routes.MapAccessLogApi<WorkflowsDbContext>(Prefix);
        routes.MapTenantSettingsApi<CourseLifecycleOptions, CourseSettings>(Prefix);
        return routes;
    }

    private static async Task<Ok<Page<CourseSummary>>> ListCourses(
        CourseQueries courses, CourseStage? stage, string? workerId, DateOnly? nextTransitionBefore, [AsParameters] PageRequest page,
        CancellationToken ct) =>
        TypedResults.Ok(await courses.ListAsync(stage, workerId, nextTransitionBefore, page, ct));

    private static async Task<Results<Ok<CourseView>, NotFound>> GetCourse(Guid id, CourseQueries courses, CancellationToken ct) =>
        await courses.ReadAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> RegisterMoveIn(
        Guid id, RegisterMoveInRequest request, CourseCommands commands, CourseQueries courses, CancellationToken ct) =>
        DecideAsync(id, commands, courses, (course, now) => course.RegisterMoveIn(request.MoveInDate!.Value, now.Today, now.Settings), ct);

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> StartContactPeriod(
        Guid id, StartContactPeriodRequest request, CourseCommands commands, CourseQueries courses, CancellationToken ct) =>
        DecideAsync(id, commands, courses, (course, now) => course.StartContactPeriodEarly(request.Reason!, now.Actor, now.Today, now.Settings), ct);

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> ChangeExpectedMoveOut(
        Guid id, ChangeExpectedMoveOutRequest request, CourseCommands commands, CourseQueries courses, CancellationToken ct) =>
        DecideAsync(id, commands, courses, (course, now) => course.ChangeExpectedMoveOut(request.ExpectedMoveOutDate!.Value, now.Today, now.Settings), ct);

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> ExtendCourse(
        Guid id, ExtendCourseRequest request, CourseCommands commands, CourseQueries courses, CancellationToken ct) =>
        DecideAsync(id, commands, courses, (course, now) => course.Extend(request.Months!.Value, request.Category!.Value, request.Reason, now.Actor, now.Today, now.Settings), ct);

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> RegisterEndsTo(
        Guid id, RegisterEndsToRequest request, CourseCommands commands, CourseQueries courses, CancellationToken ct) =>
        DecideAsync(id, commands, courses, (course, now) => course.RegisterEndsTo(request.EndsTo!.Value, now.Today), ct);

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> EndCourse(
        Guid id, EndCourseRequest request, CourseCommands commands, CourseQueries courses, CancellationToken ct) =>
        DecideAsync(id, commands, courses, (course, now) => course.EndEarly(request.Reason!.Value, request.EndsTo!.Value, request.Note, request.EndedOn ?? now.Today, now.Today), ct);

    private static async Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> DecideAsync(
        Guid id, CourseCommands commands, CourseQueries courses, Func<Course, CourseCommand, CourseDecision> decide, CancellationToken ct) =>
        await (await commands.DecideAsync(id, decide, ct)).ToOkAsync(state => courses.ViewAsync(state, ct), WorkflowTexts.ResourceManager);
}
