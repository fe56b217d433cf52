using System.Globalization;
using CtiPlatform.Domain;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Notifications.Resources;
using CtiPlatform.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.Notifications.Api;

/// <summary>The SMS the day before each meeting, as her worker or a team lead sees them (docs/decisions/708-sms-the-day-before-a-meeting.md).</summary>
public static class SmsToHerApi
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static IEndpointRouteBuilder MapSmsToHerApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup(InboxApi.Prefix + "/courses/{courseId:guid}/sms").WithTags("Contact profile")
            .RequireAuthorization(NotificationPolicies.CourseStaff).WithUnitOfWork<NotificationsDbContext>()
            .MapGet("/", List).WithName("ListSmsToHer").WithSummary("What was sent to her, when and through which binding, and what was not and why");
        return routes;
    }

    private static async Task<Results<Ok<SmsView[]>, NotFound>> List(Guid courseId, SmsHistory history, TimeProvider time, CancellationToken ct)
    {
        if (await history.ListAsync(courseId, ct) is not { } deliveries)
        {
            return TypedResults.NotFound();
        }

        var today = CopenhagenCalendar.DateAt(time.GetUtcNow());
        return TypedResults.Ok(deliveries.Select(d => View(d, today)).ToArray());
    }

    private static SmsView View(Delivery d, DateOnly today) => new(
        d.Id, d.MeetingId!.Value, d.State.ToString(), NotificationLabels.Of(d.State), d.Binding, d.DueAt, d.SentAt, d.FailedAt,
        d.CancelledBecause, d.CancelledBecause is { } reason ? Text($"SmsReason_{reason}") : null, d.LastFailure, Summary(d, today));

    /// <summary>"SMS sendt i går 18:02": the state, and the day (relative near today) and Danish local time it concerns.</summary>
    private static string Summary(Delivery d, DateOnly today)
    {
        var at = TimeZoneInfo.ConvertTime(d.State switch
        {
            DeliveryState.Sent => d.SentAt!.Value,
            DeliveryState.Failed or DeliveryState.Uncertain => d.FailedAt!.Value,
            _ => d.DueAt,
        }, Zone);
        var date = DateOnly.FromDateTime(at.DateTime);
        var day = (date.DayNumber - today.DayNumber) switch
        {
            -1 => Text("Day_Yesterday"),
            0 => Text("Day_Today"),
            1 => Text("Day_Tomorrow"),
            _ => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        };
        return string.Format(CultureInfo.InvariantCulture, Text($"SmsSummary_{d.State}"), day, at.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    private static string Text(string key) =>
        NotificationTexts.ResourceManager.GetString(key) ?? throw new InvalidOperationException($"No text {key}.");
}
