using CtiPlatform.Persistence;
using CtiPlatform.SafetyPlanning.Application;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.SafetyPlanning.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>
/// Her protected address, for the course's own worker alone: registered, opened only as a deliberate act with a stated
/// purpose (access-logged), and ended. Team leads see that protection applies in the course's safety overview.
/// </summary>
public static class ProtectedAddressApi
{
    public static IEndpointRouteBuilder MapProtectedAddressApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(SafetyCoursesApi.Prefix + "/courses/{courseId:guid}/protected-address").WithTags("Protected address")
            .RequireAuthorization(Policies.CtiWorker).WithUnitOfWork<SafetyPlanningDbContext>();
        api.MapPut("/", Register).Validates<RegisterProtectedAddressRequest>().WithName("RegisterProtectedAddress")
            .WithSummary("Register her protected address and its kind of protection (again, to renew)");
        api.MapPost("/disclosures", Disclose).Validates<DiscloseAddressRequest>().WithName("DiscloseProtectedAddress")
            .WithSummary("Open the protected address for a stated purpose (access-logged)");
        api.MapDelete("/", End).WithName("EndAddressProtection").WithSummary("The protection ended: forget the address");
        return routes;
    }

    private static async Task<Results<Ok<AddressProtectionView>, NotFound, ProblemHttpResult>> Register(
        Guid courseId, RegisterProtectedAddressRequest request, AddressProtection protection, CancellationToken ct) =>
        (await protection.RegisterAsync(courseId, request.Kind!.Value, request.Address!, request.RegisteredOn!.Value, ct))
        .ToOk(SafetyViews.Protection, SafetyTexts.ResourceManager);

    private static async Task<Results<Ok<DisclosedAddressView>, NotFound, ProblemHttpResult>> Disclose(
        Guid courseId, DiscloseAddressRequest request, AddressProtection protection, HttpContext http, CancellationToken ct)
    {
        // The address must not linger in a browser's or proxy's cache after the worker closed it.
        http.Response.Headers.CacheControl = "no-store";
        return (await protection.DiscloseAsync(courseId, request.Purpose!.Value, ct)).ToOk(SafetyViews.Disclosed, SafetyTexts.ResourceManager);
    }

    private static async Task<Results<NoContent, NotFound>> End(Guid courseId, AddressProtection protection, CancellationToken ct) =>
        (await protection.EndAsync(courseId, ct)).Value is null ? TypedResults.NotFound() : TypedResults.NoContent();
}
