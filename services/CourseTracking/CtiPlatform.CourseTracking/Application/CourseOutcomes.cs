using CtiPlatform.CourseTracking.Consumers;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// The outcomes of closed courses (seed 001): recorded and amended by the course's staff with every version kept, her
/// well-being change computed from her compass, the follow-up a year after closure on the durable scheduler, and the
/// figures per municipality and period (decisions 510, 511). Reads and changes are access-logged; nothing here saves.
/// </summary>
internal sealed class CourseOutcomes(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, ChangeCompass compass, IOutbox outbox, IAccessLog accessLog)
{
    /// <summary>How the access log names a course's outcome and its follow-up (by course id).</summary>
    public const string Subject = "course-outcome";

    /// <summary>The timers go to the service's own queue, which the follow-up's consumer listens on.</summary>
    private static readonly Uri TimerAddress = new($"queue:{CourseTrackingExtensions.QueueName}");

    /// <summary>The course's outcome versions, her well-being change and the follow-up, or null when the caller may not see the course.</summary>
    public async Task<OutcomeRecord?> ReadAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        var versions = await db.CourseOutcomes.AsNoTracking().Where(o => o.CourseId == courseId).OrderByDescending(o => o.Version).ToListAsync(ct);
        var followUp = await db.OutcomeFollowUps.AsNoTracking().SingleOrDefaultAsync(f => f.CourseId == courseId, ct);
        return new OutcomeRecord(course, versions, (await WellBeingAsync([courseId], ct)).GetValueOrDefault(courseId), followUp);
    }

    /// <summary>The outcome's next version; the earlier ones stay.</summary>
    public async Task<Outcome<CourseOutcome>> RecordAsync(Guid courseId, OutcomeAnswers answers, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return Outcome<CourseOutcome>.NotFound;
        }

        var latest = await db.CourseOutcomes.AsNoTracking().Where(o => o.CourseId == courseId).OrderByDescending(o => o.Version).FirstOrDefaultAsync(ct);
        var recorded = CourseOutcome.Record(Guid.CreateVersion7(), course, latest, answers, caller.ActorId!, clock.Now);
        if (recorded.Value is { } outcome)
        {
            db.CourseOutcomes.Add(outcome);
            accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        }

        return recorded;
    }

    /// <summary>
    /// Arms the follow-up a year after <paramref name="closedOn"/> as a durable timer to the service's own queue, so it
    /// falls due also when that moment passes while the service is down. A closure heard again arms nothing more.
    /// </summary>
    public async Task ArmFollowUpAsync(TrackedCourse course, DateOnly closedOn, CancellationToken ct)
    {
        if (await db.OutcomeFollowUps.AnyAsync(f => f.CourseId == course.Id, ct))
        {
            return;
        }

        var followUp = OutcomeFollowUp.Arm(course, closedOn);
        db.OutcomeFollowUps.Add(followUp);
        var at = CopenhagenCalendar.StartOf(followUp.DueOn);
        var now = clock.Now;
        outbox.Schedule(TimerAddress, at > now ? at : now, new OutcomeFollowUpDue { CourseId = course.Id, TenantId = course.TenantId });
    }

    /// <summary>The follow-up's timer fell due: from now on it is shown to the course's worker and the team leads.</summary>
    public async Task RaiseFollowUpAsync(Guid courseId, CancellationToken ct)
    {
        if (await db.OutcomeFollowUps.SingleOrDefaultAsync(f => f.CourseId == courseId, ct) is { } followUp)
        {
            followUp.Raise(clock.Now);
        }
    }

    /// <summary>
    /// The follow-ups due and not yet answered that the caller is shown: a team lead all of the municipality's, a worker
    /// those of the courses she worked, also after her access to the course record ended (decision 511).
    /// </summary>
    public Task<List<OutcomeFollowUp>> ListDueAsync(CancellationToken ct) =>
        VisibleFollowUps().Where(f => f.RaisedAt != null && f.AnsweredAt == null).OrderBy(f => f.DueOn).ThenBy(f => f.CourseId).ToListAsync(ct);

    /// <summary>Her answer to the follow-up, once; 404 for a follow-up the caller is not shown.</summary>
    public async Task<Outcome<OutcomeFollowUp>> AnswerFollowUpAsync(Guid courseId, bool stillInOwnHome, CancellationToken ct)
    {
        if (await VisibleFollowUps().AsTracking().SingleOrDefaultAsync(f => f.CourseId == courseId, ct) is not { } followUp)
        {
            return Outcome<OutcomeFollowUp>.NotFound;
        }

        if (followUp.Answer(stillInOwnHome, caller.ActorId!, clock.Now) is { } refusal)
        {
            return refusal;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
        return followUp;
    }

    /// <summary>
    /// Seed 001's figures for the caller's municipality over the courses closed from <paramref name="from"/> to
    /// <paramref name="to"/>, both included: counts only, nothing about any one woman.
    /// </summary>
    public async Task<(int CoursesClosed, IReadOnlyList<OutcomeFigureCount> Figures)> FiguresAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var closed = await db.Courses.AsNoTracking().Where(c => c.ClosedOn >= from && c.ClosedOn <= to).Select(c => c.Id).ToListAsync(ct);
        var facts = await FactsAsync(closed, ct);
        return (closed.Count, OutcomeFigures.Of([.. closed.Select(id => facts[id])]));
    }

    /// <summary>
    /// What each of <paramref name="closed"/> contributes to the figures (its current outcome, her well-being change, the
    /// follow-up), without logging: the figures and the evaluator export log what they hand out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, CourseOutcomeFacts>> FactsAsync(IReadOnlyCollection<Guid> closed, CancellationToken ct)
    {
        var outcomes = await db.CourseOutcomes.AsNoTracking().Where(o => closed.Contains(o.CourseId)).ToListAsync(ct);
        var current = outcomes.GroupBy(o => o.CourseId).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Version)!);
        var followUps = await db.OutcomeFollowUps.AsNoTracking().Where(f => closed.Contains(f.CourseId)).ToDictionaryAsync(f => f.CourseId, ct);
        var wellBeing = await WellBeingAsync(closed, ct);
        return closed.ToDictionary(id => id, id => new CourseOutcomeFacts(current.GetValueOrDefault(id), wellBeing.GetValueOrDefault(id), followUps.GetValueOrDefault(id)));
    }

    /// <summary>Her well-being change per course, from her own compass scorings, for the courses where she scored the start and a later occasion.</summary>
    private async Task<Dictionary<Guid, WellBeingChange>> WellBeingAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken ct)
    {
        var hers = await db.CompassAssessments.AsNoTracking()
            .Where(a => courseIds.Contains(a.CourseId) && a.Respondent == CompassRespondent.Her).ToListAsync(ct);
        var changes = new Dictionary<Guid, WellBeingChange>();
        foreach (var course in hers.GroupBy(a => a.CourseId))
        {
            if (WellBeingChange.From(course.ToDictionary(a => a.Occasion, compass.Scores)) is { } change)
            {
                changes[course.Key] = change;
            }
        }

        return changes;
    }

    private IQueryable<OutcomeFollowUp> VisibleFollowUps() => db.OutcomeFollowUps.AsNoTracking().VisibleTo(db.Courses, caller);
}
