using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// Her network overview and map (seed 000, 4.1.1-4.1.2): persons and organisations by role, active or not, contact
/// details encrypted, what they help with, placed in five fields at the distance she chooses; as data and as an SVG map.
/// Her consent per person decides who else sees it; a match with her never-contact list is a warning the worker
/// confirms (decisions 512, 513). A course the caller may not see answers 404.
/// </summary>
public static class NetworkApi
{
    private const string SvgType = "image/svg+xml";

    public static IEndpointRouteBuilder MapNetworkApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TrackedCoursesApi.Prefix + "/courses/{courseId:guid}/network").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Network");
        api.MapGet("", GetNetwork).WithName("GetNetwork").WithSummary("Her network overview, as the caller may see it (access-logged)");
        api.MapPost("", AddPerson).Validates<NetworkPersonRequest>()
            .WithName("AddNetworkPerson").WithSummary("Add a person or organisation; a never-contact match must be confirmed");
        api.MapPut("/{personId:guid}", ChangePerson).Validates<NetworkPersonRequest>()
            .WithName("ChangeNetworkPerson").WithSummary("Change a person or organisation; a never-contact match must be confirmed");
        api.MapGet("/map.svg", GetMap).WithName("GetNetworkMap")
            .WithSummary("Her network map as an SVG picture, names only for persons she consented to share (access-logged)").Produces<string>(contentType: SvgType);
        return routes;
    }

    private static async Task<Results<Ok<NetworkView>, NotFound>> GetNetwork(Guid courseId, CourseNetwork network, CancellationToken ct) =>
        await network.ReadAsync(courseId, ct) is { } found ? TypedResults.Ok(View(courseId, found)) : TypedResults.NotFound();

    /// <summary>Her network as the caller may see it, as the API shows it (also on the course page).</summary>
    internal static NetworkView View(Guid courseId, NetworkRecord found) => new(courseId, found.Persons.Select(View).ToList(), found.NotConsentedCount);

    private static async Task<Results<Created<NetworkPersonView>, NotFound, ProblemHttpResult>> AddPerson(
        Guid courseId, NetworkPersonRequest request, CourseNetwork network, CancellationToken ct) =>
        (await network.AddAsync(courseId, Placement(request), Details(request), request.ConfirmNeverContactWarning ?? false, ct))
        .ToCreated(e => $"{TrackedCoursesApi.Prefix}/courses/{courseId}/network", View, CourseTrackingTexts.ResourceManager);

    private static async Task<Results<Ok<NetworkPersonView>, NotFound, ProblemHttpResult>> ChangePerson(
        Guid courseId, Guid personId, NetworkPersonRequest request, CourseNetwork network, CancellationToken ct) =>
        (await network.ChangeAsync(courseId, personId, Placement(request), Details(request), request.ConfirmNeverContactWarning ?? false, ct))
        .ToOk(View, CourseTrackingTexts.ResourceManager);

    private static async Task<Results<ContentHttpResult, NotFound>> GetMap(Guid courseId, CourseNetwork network, CancellationToken ct) =>
        await network.ReadAsync(courseId, ct) is { } found
            ? TypedResults.Text(NetworkMap.Render(found.Persons.Select(View).ToList(), found.NotConsentedCount), SvgType)
            : TypedResults.NotFound();

    private static NetworkPlacement Placement(NetworkPersonRequest request) =>
        new(request.Kind!.Value, request.Role!.Value, request.Sector!.Value, request.Distance!.Value, request.Active ?? true, request.Consent ?? false);

    private static NetworkDetails Details(NetworkPersonRequest request) =>
        new(request.Name!.Trim(), Blank(request.Phone), Blank(request.Email), Blank(request.HelpsWith));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static NetworkPersonView View(NetworkEntry entry)
    {
        var person = entry.Person;
        return new NetworkPersonView(
            person.Id, person.Kind, TrackingLabels.Of(person.Kind), person.Role, TrackingLabels.Of(person.Role), person.Sector, TrackingLabels.Of(person.Sector), person.Distance,
            person.Active, person.Consent, entry.Details.Name, entry.Details.Phone, entry.Details.Email, entry.Details.HelpsWith,
            person.NeverContactWarning, person.NeverContactWarning ? CourseTrackingTexts.NeverContactWarningText : null, person.ChangedAt, person.ChangedBy);
    }
}
