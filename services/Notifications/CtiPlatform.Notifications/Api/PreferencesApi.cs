using System.Globalization;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Notifications.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.Notifications.Api;

/// <summary>The caller's own choice of e-mail for her reminders (access-logged).</summary>
public static class PreferencesApi
{
    public static IEndpointRouteBuilder MapPreferencesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(InboxApi.Prefix + "/preferences").WithTags("Preferences").RequireAuthorization(NotificationPolicies.Recipients)
            .WithUnitOfWork<NotificationsDbContext>();
        api.MapGet("/", Read).WithName("ReadNotificationPreference").WithSummary("The caller's preference (access-logged)");
        api.MapPut("/", Save).Validates<PreferenceRequest>().WithName("SaveNotificationPreference").WithSummary("Record the caller's preference");
        return routes;
    }

    private static async Task<Ok<PreferenceView>> Read(PreferenceCommands preferences, CancellationToken ct) =>
        TypedResults.Ok(View(await preferences.ReadAsync(ct)));

    private static async Task<Results<Ok<PreferenceView>, NotFound, ProblemHttpResult>> Save(PreferenceRequest request, PreferenceCommands preferences, CancellationToken ct) =>
        (await preferences.SaveAsync(request.EmailWanted!.Value, request.Email, DigestTime(request.DigestAt), ct)).ToOk(View, NotificationTexts.ResourceManager);

    private static PreferenceView View(PreferenceRecord record) =>
        new(record.EmailWanted, record.Email, record.DigestAt?.ToString("HH:mm", CultureInfo.InvariantCulture));

    // The validator has checked the form HH:mm.
    private static TimeOnly? DigestTime(string? digestAt) =>
        digestAt is null ? null : TimeOnly.ParseExact(digestAt, "HH:mm", CultureInfo.InvariantCulture);
}
