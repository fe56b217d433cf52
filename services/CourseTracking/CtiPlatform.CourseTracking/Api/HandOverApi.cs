using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's hand-over plan (overdragelsesplan): her long-term needs, who supports what after CTI, the one person with
/// the long-term responsibility and the hand-over meetings, late ones flagged (decision 506). A course the caller may
/// not see answers 404.
/// </summary>
public static class HandOverApi
{
    public static IEndpointRouteBuilder MapHandOverApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TrackedCoursesApi.Prefix + "/courses/{courseId:guid}/hand-over-plan").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Hand-over plan");
        api.MapGet("", GetPlan).WithName("GetHandOverPlan").WithSummary("The hand-over plan and the deadline of its meetings (access-logged)");
        api.MapPut("", SavePlan).Validates<SaveHandOverPlanRequest>()
            .WithName("SaveHandOverPlan").WithSummary("Save the whole hand-over plan; it replaces the one saved before");
        return routes;
    }

    private static async Task<Results<Ok<HandOverPlanView>, NotFound>> GetPlan(Guid courseId, HandOverPlans plans, CancellationToken ct) =>
        await plans.ReadAsync(courseId, ct) is { } found ? TypedResults.Ok(View(found)) : TypedResults.NotFound();

    private static async Task<Results<Ok<HandOverPlanView>, NotFound, ProblemHttpResult>> SavePlan(
        Guid courseId, SaveHandOverPlanRequest request, HandOverPlans plans, CancellationToken ct)
    {
        var content = new HandOverContent(
            request.LongTermNeeds!,
            (request.Supporters ?? []).Select(s => new Supporter(s.Kind!.Value, s.Name!, s.HelpsWith!)).ToList(),
            new ResponsiblePerson(request.Responsible!.Name!, request.Responsible.Role!),
            (request.Meetings ?? []).Select(m => new HandOverMeeting(m.Date!.Value, m.With!)).OrderBy(m => m.Date).ToList());
        return (await plans.SaveAsync(courseId, content, ct)).ToOk(View, CourseTrackingTexts.ResourceManager);
    }

    internal static HandOverPlanView View(HandOverRecord record) => new(
        record.Course.Id, record.Plan is not null, HandOverPlan.MeetingsDeadline(record.Course), record.Content?.LongTermNeeds ?? [],
        (record.Content?.Supporters ?? []).Select(s => new SupporterView(s.Kind, TrackingLabels.Of(s.Kind), s.Name, s.HelpsWith)).ToList(),
        record.Content?.Responsible.Name, record.Content?.Responsible.Role,
        (record.Content?.Meetings ?? []).Select(m => new HandOverMeetingView(m.Date, m.With, HandOverPlan.IsLate(record.Course, m.Date))).ToList(),
        record.Plan?.UpdatedAt, record.Plan?.UpdatedBy);
}
