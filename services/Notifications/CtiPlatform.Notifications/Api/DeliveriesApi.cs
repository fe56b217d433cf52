using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.Notifications.Api;

/// <summary>What was sent to the caller, when and through which binding, and what failed.</summary>
public static class DeliveriesApi
{
    public static IEndpointRouteBuilder MapDeliveriesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(InboxApi.Prefix + "/deliveries").WithTags("Deliveries").RequireAuthorization(NotificationPolicies.Recipients)
            .WithUnitOfWork<NotificationsDbContext>();
        api.MapGet("/", List).Validates<PageRequest>().WithName("ListDeliveries").WithSummary("The caller's deliveries and their state, a page at a time");
        return routes;
    }

    private static async Task<Ok<Page<DeliveryView>>> List(InboxQueries inbox, [AsParameters] PageRequest page, CancellationToken ct) =>
        TypedResults.Ok((await inbox.DeliveriesAsync(page, ct)).Map(View));

    private static DeliveryView View(Delivery d) => new(
        d.Id, d.InboxEntryId, d.Channel.ToString(), NotificationLabels.Of(d.Channel), d.Binding, d.State.ToString(), NotificationLabels.Of(d.State),
        d.Attempts, d.LastFailure, d.DueAt, d.SentAt, d.FailedAt);
}
