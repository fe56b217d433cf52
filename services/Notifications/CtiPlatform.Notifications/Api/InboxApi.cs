using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Notifications.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.Notifications.Api;

/// <summary>The caller's in-app inbox of reminders.</summary>
public static class InboxApi
{
    public const string Prefix = "/api/notifications";

    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix + "/inbox").WithTags("Inbox").RequireAuthorization(NotificationPolicies.Recipients)
            .WithUnitOfWork<NotificationsDbContext>();
        api.MapGet("/", List).Validates<PageRequest>().WithName("ListInbox").WithSummary("The caller's reminders, newest last, a page at a time");
        api.MapGet("/unread-count", UnreadCount).WithName("CountUnreadInbox").WithSummary("How many of the caller's reminders she has not read");
        api.MapPost("/{id:guid}/read", MarkRead).WithName("MarkInboxEntryRead").WithSummary("Mark one reminder read for the caller");
        routes.MapAccessLogApi<NotificationsDbContext>(Prefix);
        routes.MapTenantSettingsApi<NotificationsOptions, NotificationSettings>(Prefix);
        return routes;
    }

    internal static InboxEntryView View(InboxItem item) => new(
        item.Entry.Id, item.Entry.CourseId, item.Entry.Kind.ToString(), ReminderWording.Title(item.Entry.Kind), item.Entry.Date, item.Entry.Phase,
        item.Entry.CreatedAt, item.Read);

    private static async Task<Ok<Page<InboxEntryView>>> List(InboxQueries inbox, [AsParameters] PageRequest page, CancellationToken ct) =>
        TypedResults.Ok((await inbox.ListAsync(page, ct)).Map(View));

    private static async Task<Ok<UnreadCountView>> UnreadCount(InboxQueries inbox, CancellationToken ct) =>
        TypedResults.Ok(new UnreadCountView(await inbox.UnreadCountAsync(ct)));

    private static async Task<Results<Ok<InboxEntryView>, NotFound, ProblemHttpResult>> MarkRead(Guid id, InboxCommands inbox, CancellationToken ct) =>
        (await inbox.MarkReadAsync(id, ct)).ToOk(View, NotificationTexts.ResourceManager);
}
