using CtiPlatform.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Persistence;
using CtiPlatform.Workflows.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Workflows.Api;

/// <summary>
/// Courses for the people who work them: the assigned CTI worker, and the municipality's team leads. A course
/// someone else asks for answers 404, so its existence is not revealed. User commands are decided by
/// <see cref="Course"/> and recorded in the request's unit of work; a refusal is a 409 problem that changes nothing.
/// </summary>
public static class CoursesApi
{
    public const string Prefix = "/api/courses";

    /// <summary>A user command is decided at most this often when timers or other users keep changing the course under it.</summary>
    private const int MaxCommandAttempts = 2;

    public static IEndpointRouteBuilder MapCoursesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix).RequireAuthorization(Policies.CourseStaff).WithUnitOfWork<WorkflowsDbContext>().WithTags("Courses");
        api.MapGet("/", ListCourses).WithName("ListCourses").WithSummary("List courses by stage, worker and next transition");
        api.MapGet("/{id:guid}", GetCourse).WithName("GetCourse").WithSummary("One course: stage, planned dates, pending timers and journal");
        api.MapPost("/{id:guid}/move-in", RegisterMoveIn).Validates<RegisterMoveInRequest>()
            .WithName("RegisterMoveIn").WithSummary("Register her actual move-in; phase 1 starts on that date");
        api.MapPut("/{id:guid}/expected-move-out", ChangeExpectedMoveOut).Validates<ChangeExpectedMoveOutRequest>()
            .WithName("ChangeExpectedMoveOut").WithSummary("Change her expected move-out date before she moves in");
        api.MapPost("/{id:guid}/extensions", ExtendCourse).Validates<ExtendCourseRequest>()
            .WithName("ExtendCourse").WithSummary("Extend phase 3, with a reason (a reported deviation)");
        api.MapPost("/{id:guid}/closure", EndCourse).Validates<EndCourseRequest>()
            .WithName("EndCourse").WithSummary("End a course early, with a reason");
        return routes;
    }

    private static async Task<Ok<CourseSummary[]>> ListCourses(
        WorkflowsDbContext db, TenantContext tenant, CourseStage? stage, string? workerId, DateOnly? nextTransitionBefore, CancellationToken ct)
    {
        var courses = db.Courses.AsNoTracking();
        if (!IsTeamLead(tenant))
        {
            // A worker sees her own courses, whatever she filters on.
            workerId = tenant.ActorId;
        }

        if (workerId is not null)
        {
            courses = courses.Where(c => c.WorkerId == workerId);
        }

        if (stage is { } wanted)
        {
            var name = wanted.ToString();
            courses = courses.Where(c => c.CurrentState == name);
        }

        if (nextTransitionBefore is { } before)
        {
            courses = courses.Where(c => c.NextTransitionDate < before);
        }

        // A municipality has tens to a few hundred open courses; the cap only guards against a runaway query.
        var found = await courses.OrderBy(c => c.NextTransitionDate).ThenBy(c => c.CorrelationId).Take(1000).ToListAsync(ct);
        return TypedResults.Ok(found.Select(c => new CourseSummary(
            c.CorrelationId, c.WorkerId, c.Course.Stage, c.Course.MoveInDate, c.NextTransitionDate, c.Course.PlannedEndDate, c.Course.Deviations())).ToArray());
    }

    private static async Task<Results<Ok<CourseView>, NotFound>> GetCourse(
        Guid id, WorkflowsDbContext db, TenantContext tenant, CourseLifecycleWriter writer, IAccessLog accessLog, CancellationToken ct)
    {
        var state = await FindAsync(db, tenant, id, track: false, ct);
        if (state is null)
        {
            return TypedResults.NotFound();
        }

        await accessLog.RecordAsync("course", id.ToString(), AccessAction.Read, "case-handling", ct);
        return TypedResults.Ok(await ViewAsync(db, writer, state, ct));
    }

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> RegisterMoveIn(
        Guid id, RegisterMoveInRequest request, [AsParameters] CommandServices services) =>
        DecideAsync(id, services, (course, writer, _) => course.RegisterMoveIn(request.MoveInDate!.Value, writer.Today, writer.SettingsFor(course.TenantId)));

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> ChangeExpectedMoveOut(
        Guid id, ChangeExpectedMoveOutRequest request, [AsParameters] CommandServices services) =>
        DecideAsync(id, services, (course, writer, _) => course.ChangeExpectedMoveOut(request.ExpectedMoveOutDate!.Value, writer.Today, writer.SettingsFor(course.TenantId)));

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> ExtendCourse(
        Guid id, ExtendCourseRequest request, [AsParameters] CommandServices services) =>
        DecideAsync(id, services, (course, writer, actor) =>
            course.Extend(request.Months!.Value, request.Reason!, actor, writer.Today, writer.SettingsFor(course.TenantId)));

    private static Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> EndCourse(
        Guid id, EndCourseRequest request, [AsParameters] CommandServices services) =>
        DecideAsync(id, services, (course, writer, _) => course.EndEarly(request.Reason!.Value, request.Note, writer.Today));

    private static async Task<Results<Ok<CourseView>, NotFound, ProblemHttpResult>> DecideAsync(
        Guid id, CommandServices services, Func<Course, CourseLifecycleWriter, string, CourseDecision> decide)
    {
        var (db, tenant, writer, ct) = (services.Db, services.Tenant, services.Writer, services.RequestAborted);
        var actor = tenant.ActorId ?? throw new InvalidOperationException("A user command without a subject cannot be journalled.");

        // A timer firing or another user may change the course between this read and this write (a move-in
        // registered just as the midnight transition runs). The losing save is rolled back to EF's savepoint and
        // the command decided once more on the fresh course, which may now refuse it; a second loss is a 409.
        for (var attempt = 1; ; attempt++)
        {
            var state = await FindAsync(db, tenant, id, track: true, ct);
            if (state is null)
            {
                return TypedResults.NotFound();
            }

            var decision = decide(state.Course, writer, actor);
            if (decision.Refusal is { } refusal)
            {
                return Conflict(refusal.ToString(), RefusalText(refusal));
            }

            await writer.ApplyAsync(state, decision, JournalCause.User, actor, ct);
            state.Version++;
            try
            {
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(await ViewAsync(db, writer, state, ct));
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxCommandAttempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                return Conflict("ConcurrentChange", Texts.ConcurrentChange);
            }
        }
    }

    private static async Task<CourseLifecycleState?> FindAsync(WorkflowsDbContext db, TenantContext tenant, Guid id, bool track, CancellationToken ct)
    {
        var courses = track ? db.Courses : db.Courses.AsNoTracking();
        var state = await courses.SingleOrDefaultAsync(c => c.CorrelationId == id, ct);
        return state is not null && (IsTeamLead(tenant) || state.WorkerId == tenant.ActorId) ? state : null;
    }

    private static bool IsTeamLead(TenantContext tenant) => tenant.Roles.Contains(Roles.TeamLead);

    private static ProblemHttpResult Conflict(string rule, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: detail, extensions: new Dictionary<string, object?> { ["rule"] = rule });

    private static string RefusalText(CourseRefusal refusal) => refusal switch
    {
        CourseRefusal.CourseIsClosed => Texts.CourseIsClosed,
        CourseRefusal.ContactPeriodNotStarted => Texts.ContactPeriodNotStarted,
        CourseRefusal.MoveInAlreadyRegistered => Texts.MoveInAlreadyRegistered,
        CourseRefusal.MoveInInTheFuture => Texts.MoveInInTheFuture,
        CourseRefusal.MoveInBeforeContactPeriod => Texts.MoveInBeforeContactPeriod,
        CourseRefusal.MoveOutChangeAfterMoveIn => Texts.MoveOutChangeAfterMoveIn,
        CourseRefusal.ExtensionOnlyInPhase3 => Texts.ExtensionOnlyInPhase3,
        CourseRefusal.ExtensionLimitExceeded => Texts.ExtensionLimitExceeded,
        CourseRefusal.CompletionIsByCalendar => Texts.CompletionIsByCalendar,
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    private static async Task<CourseView> ViewAsync(WorkflowsDbContext db, CourseLifecycleWriter writer, CourseLifecycleState state, CancellationToken ct)
    {
        var course = state.Course;
        var journal = await db.Journal.AsNoTracking().Where(j => j.CourseId == course.Id).OrderBy(j => j.Id).ToListAsync(ct);
        return new CourseView
        {
            Id = course.Id,
            WorkerId = course.WorkerId,
            Stage = course.Stage,
            ApprovedOn = course.ApprovedOn,
            ExpectedMoveOutDate = course.ExpectedMoveOutDate,
            EarliestStartDate = course.EarliestStartDate,
            ContactPeriodStartDate = course.ContactPeriodStartDate,
            MoveInDate = course.MoveInDate,
            PhaseLengthMonths = course.MoveInDate is null ? null : course.PhaseLengthMonths,
            Phases = PlannedPhases(course),
            PlannedEndDate = course.PlannedEndDate,
            NextTransitionDate = course.NextTransitionDate,
            Extensions = course.Extensions.Select(e => new ExtensionView(e.Months, e.Reason, e.DecidedOn, e.ActorId)).ToList(),
            ClosedOn = course.ClosedOn,
            ClosureReason = course.ClosureReason,
            ClosureNote = course.ClosureNote,
            Deviations = course.Deviations(),
            PendingTimers = PendingTimers(course, writer),
            Journal = journal.Select(j => new JournalEntryView(j.RecordedAt, j.EffectiveDate, j.Kind, j.FromStage, j.ToStage, j.Cause, j.Actor, j.Detail)).ToList(),
        };
    }

    /// <summary>The phases as they happened, followed by those still planned from the move-in date.</summary>
    private static List<PhaseView> PlannedPhases(Course course)
    {
        var phases = course.Phases.Select(p => new PhaseView(p.Phase, p.StartDate, p.PlannedEndDate, p.EndDate)).ToList();
        if (course.MoveInDate is { } moveIn && course.Stage != CourseStage.Closed)
        {
            for (var phase = phases.Count + 1; phase <= PhaseCalendar.Phases; phase++)
            {
                phases.Add(new PhaseView(
                    phase, PhaseCalendar.PhaseStart(moveIn, course.PhaseLengthMonths, phase),
                    PhaseCalendar.PhaseEnd(moveIn, course.PhaseLengthMonths, phase, course.ExtensionMonths), null));
            }
        }

        return phases;
    }

    private static List<PendingTimerView> PendingTimers(Course course, CourseLifecycleWriter writer)
    {
        var today = writer.Today;
        var timers = course.PendingReminders(today, writer.SettingsFor(course.TenantId))
            .Where(r => r.DueDate > today)
            .Select(r => new PendingTimerView(r.Kind.ToString(), r.DueDate, CopenhagenCalendar.StartOf(r.DueDate)))
            .ToList();
        if (course.NextTransitionDate is { } date)
        {
            var what = course.Stage switch
            {
                CourseStage.AwaitingStart => "ContactPeriodStarts",
                CourseStage.Phase3 => "CourseCompletes",
                _ => $"Phase{course.CurrentPhase + 1}Starts",
            };
            timers.Add(new PendingTimerView(what, date, CopenhagenCalendar.StartOf(date)));
        }

        return timers.OrderBy(t => t.Date).ToList();
    }
}
