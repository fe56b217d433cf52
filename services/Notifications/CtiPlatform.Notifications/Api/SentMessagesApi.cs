using CtiPlatform.Notifications.Sidecar;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.Notifications.Api;

/// <summary>
/// Where no Dapr sidecar runs (<c>DaprOptions:Mode</c> <c>Local</c>): what would have been sent, for the
/// municipality's tenant admin. Not mapped when a sidecar delivers.
/// </summary>
public static class SentMessagesApi
{
    public static IEndpointRouteBuilder MapSentMessagesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup(InboxApi.Prefix + "/sent-messages").WithTags("Sent messages").RequireAuthorization(Policies.TenantAdmin)
            .MapGet("/", List).WithName("ListLocalSentMessages").WithSummary("Messages kept locally instead of sent (no Dapr sidecar)");
        return routes;
    }

    private static Ok<IReadOnlyList<LocalMessage>> List(LocalMessages messages, TenantContext caller) => TypedResults.Ok(messages.Of(caller.RequiredTenantId));
}
