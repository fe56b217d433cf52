using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Workflows.Application;

/// <summary>
/// Runs a user's command on a course: finds the course as the caller may see it, lets <see cref="Course"/> decide,
/// and records an accepted decision through <see cref="CourseLifecycleWriter"/>, the single writer of courses. An
/// accepted command answers with the course and its free texts, so it is access-logged as a change of her course.
/// </summary>
internal sealed class CourseCommands(WorkflowsDbContext db, TenantContext caller, CourseLifecycleWriter writer, IAccessLog accessLog)
{
    /// <summary>A command is decided at most this often when timers or other users keep changing the course under it.</summary>
    private const int MaxAttempts = 2;

    public async Task<Outcome<CourseLifecycleState>> DecideAsync(
        Guid id, Func<Course, CourseCommand, CourseDecision> decide, CancellationToken cancellationToken)
    {
        var actor = caller.ActorId ?? throw new InvalidOperationException("A user command without a subject cannot be journalled.");

        // A timer firing or another user may change the course between this read and this write (a move-in
        // registered just as the midnight transition runs). The losing save is rolled back to EF's savepoint and
        // the command decided once more on the fresh course, which may now refuse it; a second loss is refused.
        for (var attempt = 1; ; attempt++)
        {
            var state = await db.Courses.VisibleTo(caller, writer.Today).SingleOrDefaultAsync(c => c.CorrelationId == id, cancellationToken);
            if (state is null)
            {
                return Outcome<CourseLifecycleState>.NotFound;
            }

            var decision = decide(state.Course, new CourseCommand(writer.Today, writer.SettingsFor(state.TenantId), actor));
            if (decision.Refusal is { } refusal)
            {
                return refusal;
            }

            await writer.ApplyAsync(state, decision, JournalCause.User, actor, cancellationToken);

            // The saga repository raises the version on the state machine's saves; a user command saves here instead.
            state.Version++;
            accessLog.Record(CourseQueries.Subject, id.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return state;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                return CourseRefusal.ConcurrentChange;
            }
        }
    }
}
