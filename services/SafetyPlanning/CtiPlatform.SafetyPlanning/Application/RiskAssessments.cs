using System.Text.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>
/// Records risk assessments over time and reads their history (decision 606). An assessment above the course's previous
/// level publishes <see cref="RiskLevelRaised"/> once, through the outbox in the same transaction; every read and write
/// is access-logged.
/// </summary>
internal sealed class RiskAssessments(
    SafetyPlanningDbContext db,
    TenantContext caller,
    SafetyCourses courses,
    IOutbox outbox,
    PersonalDataProtector protector,
    IAccessLog accessLog,
    IOptions<SafetyPlanningOptions> options,
    TimeProvider time)
{
    /// <summary>How the access log names a course's risk assessments.</summary>
    public const string Subject = "risk-assessment";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Outcome<ReadAssessment>> RecordAsync(
        Guid courseId, Dictionary<string, RiskAnswer> answers, RiskLevel? judgedLevel, string? judgementReason, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is not { } course)
        {
            return Outcome<ReadAssessment>.NotFound;
        }

        var checklist = options.Value.For(course.TenantId).Checklist;
        if (checklist.Check(answers) is { } refusal)
        {
            return refusal;
        }

        var computed = checklist.LevelFor(answers);
        if (judgedLevel is { } judged && judged <= computed)
        {
            return SafetyRefusal.JudgementMayOnlyRaise;
        }

        // Locks the course row, so two assessments at once compare against each other's level, never both the same.
        await db.Database.ExecuteSqlAsync($"select 1 from safety_courses where course_id = {courseId} for update", ct);
        var previous = await db.RiskAssessments.AsNoTracking().Where(a => a.CourseId == courseId).OrderByDescending(a => a.Number).FirstOrDefaultAsync(ct);
        var level = judgedLevel ?? computed;
        var details = new RiskDetails(answers, judgedLevel is null ? null : judgementReason!.Trim());
        var id = NewId.NextGuid();
        var assessment = RiskAssessment.Record(
            id, courseId, course.TenantId, previous, computed, level, protector.Protect(JsonSerializer.Serialize(details, Json), SafetyCells.RiskDetails(course.TenantId, id)),
            caller.ActorId!, time.GetUtcNow());
        db.RiskAssessments.Add(assessment);
        if (assessment.Raises(previous))
        {
            outbox.Publish(new RiskLevelRaised { CourseId = courseId, TenantId = course.TenantId, Level = level, RaisedAt = assessment.AssessedAt }, courseId.ToString());
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
        return new ReadAssessment(assessment, details);
    }

    /// <summary>Every assessment, newest first; null when the course is absent.</summary>
    public async Task<IReadOnlyList<ReadAssessment>?> HistoryAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is null)
        {
            return null;
        }

        var assessments = await db.RiskAssessments.AsNoTracking().Where(a => a.CourseId == courseId).OrderByDescending(a => a.Number).ToListAsync(ct);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return
        [
            .. assessments.Select(a => new ReadAssessment(
                a, JsonSerializer.Deserialize<RiskDetails>(protector.Unprotect(a.SealedDetails, SafetyCells.RiskDetails(a.TenantId, a.Id)), Json)!)),
        ];
    }

    /// <summary>The checklist that applies to the caller's municipality.</summary>
    public RiskChecklist Checklist() => options.Value.For(caller.TenantId!).Checklist;

    /// <summary>The caller's municipality's own items, empty when ours apply.</summary>
    public IReadOnlyList<RiskItemSetting> OwnItems() => options.Value.For(caller.TenantId!).RiskItems;
}
