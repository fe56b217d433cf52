using CtiPlatform.Persistence;
using CtiPlatform.SafetyPlanning.Application;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.SafetyPlanning.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>
/// Risk assessments over time (decision 606): each one a new record on the municipality's checklist, the level raised
/// by judgement only with a reason; a raised level published once. The municipality's checklist for filling one in.
/// </summary>
public static class RiskAssessmentApi
{
    public static IEndpointRouteBuilder MapRiskAssessmentApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(SafetyCoursesApi.Prefix + "/courses/{courseId:guid}/risk-assessments").WithTags("Risk assessments")
            .RequireAuthorization(SafetyPlanningPolicies.SafetyStaff).WithUnitOfWork<SafetyPlanningDbContext>();
        api.MapPost("/", Record).Validates<RecordRiskAssessmentRequest>().WithName("RecordRiskAssessment")
            .WithSummary("Record a new risk assessment; a level above the previous one is published");
        api.MapGet("/", History).WithName("ListRiskAssessments").WithSummary("Every risk assessment, newest first (access-logged)");
        routes.MapGet(SafetyCoursesApi.Prefix + "/risk-checklist", Checklist).WithTags("Risk assessments")
            .RequireAuthorization(SafetyPlanningPolicies.SafetyStaff).WithName("ReadRiskChecklist").WithSummary("The municipality's risk checklist and thresholds");
        return routes;
    }

    private static async Task<Results<Created<RiskAssessmentView>, NotFound, ProblemHttpResult>> Record(
        Guid courseId, RecordRiskAssessmentRequest request, RiskAssessments assessments, CancellationToken ct)
    {
        var recorded = await assessments.RecordAsync(courseId, request.Answers!, request.JudgedLevel, request.JudgementReason, ct);
        return recorded.ToCreated(_ => $"{SafetyCoursesApi.Prefix}/courses/{courseId}/risk-assessments", SafetyViews.Assessment, SafetyTexts.ResourceManager);
    }

    private static async Task<Results<Ok<RiskAssessmentView[]>, NotFound>> History(Guid courseId, RiskAssessments assessments, CancellationToken ct) =>
        await assessments.HistoryAsync(courseId, ct) is { } history ? TypedResults.Ok(history.Select(SafetyViews.Assessment).ToArray()) : TypedResults.NotFound();

    private static Ok<RiskChecklistView> Checklist(RiskAssessments assessments) =>
        TypedResults.Ok(SafetyViews.Checklist(assessments.Checklist(), assessments.OwnItems()));
}
