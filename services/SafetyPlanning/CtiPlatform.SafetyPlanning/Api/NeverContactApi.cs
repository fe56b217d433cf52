using CtiPlatform.Persistence;
using CtiPlatform.SafetyPlanning.Application;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.SafetyPlanning.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>
/// People who must never be contacted or told anything about her (decision 607), for her worker and a team lead: listed,
/// changed and removed with a reason, every read access-logged and answered <c>no-store</c>; each change is published as
/// fingerprints only (decision 033).
/// </summary>
public static class NeverContactApi
{
    public static IEndpointRouteBuilder MapNeverContactApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(SafetyCoursesApi.Prefix + "/courses/{courseId:guid}/never-contact").WithTags("Never contact")
            .RequireAuthorization(SafetyPlanningPolicies.SafetyStaff).WithUnitOfWork<SafetyPlanningDbContext>()
            .AddEndpointFilter(async (context, next) =>
            {
                // Names and numbers of the people she fears must not linger in a browser's or proxy's cache.
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });
        api.MapPost("/", List).Validates<NeverContactPersonRequest>().WithName("ListNeverContactPerson")
            .WithSummary("Put a person on her never-contact list (published as fingerprints only)");
        api.MapGet("/", ReadAll).WithName("ReadNeverContactList").WithSummary("Everyone on her never-contact list (access-logged)");
        api.MapGet("/{personId:guid}", Read).WithName("ReadNeverContactPerson").WithSummary("One person on her never-contact list (access-logged)");
        api.MapPut("/{personId:guid}", Change).Validates<NeverContactPersonRequest>().WithName("ChangeNeverContactPerson")
            .WithSummary("Change a person's relation, names and numbers (published as fingerprints only)");
        api.MapPost("/{personId:guid}/removal", Remove).Validates<RemoveNeverContactPersonRequest>().WithName("RemoveNeverContactPerson")
            .WithSummary("Take a person off the list, with a reason; the names and numbers are forgotten");
        return routes;
    }

    private static async Task<Results<Created<NeverContactPersonView>, NotFound, ProblemHttpResult>> List(
        Guid courseId, NeverContactPersonRequest request, NeverContactList list, CancellationToken ct)
    {
        var listed = await list.ListAsync(courseId, request.Relation!.Value, Details(request), ct);
        return listed.ToCreated(
            read => $"{SafetyCoursesApi.Prefix}/courses/{courseId}/never-contact/{read.Person.Id}", SafetyViews.NeverContactPerson, SafetyTexts.ResourceManager);
    }

    private static async Task<Results<Ok<NeverContactPersonView[]>, NotFound>> ReadAll(Guid courseId, NeverContactList list, CancellationToken ct) =>
        await list.ReadAllAsync(courseId, ct) is { } people ? TypedResults.Ok(people.Select(SafetyViews.NeverContactPerson).ToArray()) : TypedResults.NotFound();

    private static async Task<Results<Ok<NeverContactPersonView>, NotFound>> Read(Guid courseId, Guid personId, NeverContactList list, CancellationToken ct) =>
        await list.ReadAsync(courseId, personId, ct) is { } person ? TypedResults.Ok(SafetyViews.NeverContactPerson(person)) : TypedResults.NotFound();

    private static async Task<Results<Ok<NeverContactPersonView>, NotFound, ProblemHttpResult>> Change(
        Guid courseId, Guid personId, NeverContactPersonRequest request, NeverContactList list, CancellationToken ct) =>
        (await list.ChangeAsync(courseId, personId, request.Relation!.Value, Details(request), ct)).ToOk(SafetyViews.NeverContactPerson, SafetyTexts.ResourceManager);

    private static async Task<Results<NoContent, NotFound>> Remove(
        Guid courseId, Guid personId, RemoveNeverContactPersonRequest request, NeverContactList list, CancellationToken ct) =>
        (await list.RemoveAsync(courseId, personId, request.Reason!, ct)).Value is null ? TypedResults.NotFound() : TypedResults.NoContent();

    private static NeverContactDetails Details(NeverContactPersonRequest request) =>
        new([.. request.Names!.Select(n => n.Trim())], [.. (request.PhoneNumbers ?? []).Select(p => p.Trim())]);
}
