using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's documentation at the phase shifts (seed 003): a short status per focus area of the phase's CTI plan, kept
/// per phase with every earlier version viewable (decision 507). A course the caller may not see answers 404.
/// </summary>
public static class PhaseDocumentationApi
{
    public static IEndpointRouteBuilder MapPhaseDocumentationApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TrackedCoursesApi.Prefix + "/courses/{courseId:guid}/phase-documentation").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Phase documentation");
        api.MapGet("", GetDocumentation).WithName("GetPhaseDocumentation").WithSummary("Every phase's documentation, by phase, newest version first (access-logged)");
        api.MapPost("", WriteDocumentation).Validates<WritePhaseDocumentRequest>()
            .WithName("WritePhaseDocumentation").WithSummary("Document a phase at its shift: a status per focus area of its plan; earlier versions are kept");
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<PhaseDocumentView>>, NotFound>> GetDocumentation(
        Guid courseId, PhaseDocumentation documentation, CancellationToken ct) =>
        await documentation.ReadAsync(courseId, ct) is { } found
            ? TypedResults.Ok<IReadOnlyList<PhaseDocumentView>>(found.Select(View).ToList())
            : TypedResults.NotFound();

    private static async Task<Results<Created<PhaseDocumentView>, NotFound, ProblemHttpResult>> WriteDocumentation(
        Guid courseId, WritePhaseDocumentRequest request, PhaseDocumentation documentation, CancellationToken ct)
    {
        var statuses = request.Statuses!.Select(s => new FocusAreaStatus(s.Theme!.Value, s.Status!)).ToList();
        var written = await documentation.WriteAsync(courseId, request.Phase!.Value, statuses, ct);
        return written.ToCreated(_ => $"{TrackedCoursesApi.Prefix}/courses/{courseId}/phase-documentation", View, CourseTrackingTexts.ResourceManager);
    }

    internal static PhaseDocumentView View(WrittenDocument written) => new(
        written.Document.Phase, TrackingLabels.OfPeriod(written.Document.Phase), written.Document.Version, written.Document.PlanVersion,
        written.Document.WrittenAt, written.Document.WrittenBy,
        written.Statuses.Select(s => new FocusAreaStatusView(s.Theme, TrackingLabels.Of(s.Theme), s.Status)).ToList());
}
