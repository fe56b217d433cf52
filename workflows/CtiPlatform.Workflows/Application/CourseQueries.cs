using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Paging;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Workflows.Api;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Workflows.Application;

/// <summary>Reads courses as the caller may see them; a read of one course is access-logged.</summary>
internal sealed class CourseQueries(WorkflowsDbContext db, TenantContext caller, CourseLifecycleWriter writer, IAccessLog accessLog)
{
    /// <summary>How the access log names a course.</summary>
    public const string Subject = "course";

    public async Task<Page<CourseSummary>> ListAsync(CourseStage? stage, string? workerId, DateOnly? nextTransitionBefore, PageRequest page, CancellationToken ct)
    {
        var courses = db.Courses.AsNoTracking().VisibleTo(caller, writer.Today);
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

        var found = await courses.ToPageAsync(c => c.CorrelationId, page, ct);
        return found.Map(c =>
        {
            var deviations = c.Course.Deviations();
            return new CourseSummary(
                c.CorrelationId, c.WorkerId, c.Course.Stage, c.Course.MoveInDate, c.NextTransitionDate, c.Course.PlannedEndDate, deviations,
                CourseLabels.Of(c.Course.Stage), CourseLabels.Of(deviations));
        });
    }

    /// <summary>One course with its journal, or null when the caller may not see it.</summary>
    public async Task<CourseView?> ReadAsync(Guid id, CancellationToken ct)
    {
        var state = await db.Courses.AsNoTracking().VisibleTo(caller, writer.Today).SingleOrDefaultAsync(c => c.CorrelationId == id, ct);
        if (state is null)
        {
            return null;
        }

        accessLog.Record(Subject, id.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return await ViewAsync(state, ct);
    }

    public async Task<CourseView> ViewAsync(CourseLifecycleState state, CancellationToken ct)
    {
        var course = state.Course;
        var journal = await db.Journal.AsNoTracking().Where(j => j.CourseId == course.Id).OrderBy(j => j.Id).ToListAsync(ct);
        var deviations = course.Deviations();
        return new CourseView
        {
            Id = course.Id,
            WorkerId = course.WorkerId,
            Stage = course.Stage,
            StageLabel = CourseLabels.Of(course.Stage),
            ApprovedOn = course.ApprovedOn,
            ExpectedMoveOutDate = course.ExpectedMoveOutDate,
            EarliestStartDate = course.EarliestStartDate,
            ContactPeriodStartDate = course.ContactPeriodStartDate,
            MoveInDate = course.MoveInDate,
            PhaseLengthMonths = course.MoveInDate is null ? null : course.PhaseLengthMonths,
            Phases = PlannedPhases(course),
            PlannedEndDate = course.PlannedEndDate,
            NextTransitionDate = course.NextTransitionDate,
            Extensions = course.Extensions.Select(e => new ExtensionView(e.Months, e.Category, CourseLabels.Of(e.Category), e.Reason, e.DecidedOn, e.ActorId)).ToList(),
            ClosedOn = course.ClosedOn,
            ClosureReason = course.ClosureReason,
            ClosureReasonLabel = CourseLabels.Of(course.ClosureReason),
            ClosureNote = course.ClosureNote,
            EarlyContactStart = course.EarlyStart is { } early ? new EarlyContactStartView(early.Reason, early.StartedOn, early.ActorId, early.BeforeMethodWindow) : null,
            EndsTo = course.EndsTo,
            EndsToLabel = CourseLabels.Of(course.EndsTo),
            Deviations = deviations,
            DeviationLabels = CourseLabels.Of(deviations),
            PendingTimers = PendingTimers(course),
            Journal = journal.Select(j => new JournalEntryView(
                j.RecordedAt, j.EffectiveDate, j.Kind, j.FromStage, j.ToStage, j.Cause, j.Actor, j.Detail,
                CourseLabels.Of(j.Kind), CourseLabels.Of(j.FromStage), CourseLabels.Of(j.ToStage), CourseLabels.Of(j.Cause))).ToList(),
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

    private List<PendingTimerView> PendingTimers(Course course)
    {
        var today = writer.Today;
        var timers = course.PendingReminders(today, writer.SettingsFor(course.TenantId))
            .Where(r => r.DueDate > today)
            .Select(r => new PendingTimerView(r.Kind.ToString(), r.DueDate, CopenhagenCalendar.StartOf(r.DueDate), CourseLabels.Of(r.Kind)))
            .ToList();
        if (course is { NextTransition: { } transition, NextTransitionDate: { } date })
        {
            timers.Add(new PendingTimerView(transition.ToString(), date, CopenhagenCalendar.StartOf(date), CourseLabels.Of(transition)));
        }

        return timers.OrderBy(t => t.Date).ToList();
    }
}
