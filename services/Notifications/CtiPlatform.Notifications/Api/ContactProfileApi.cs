using System.Globalization;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Notifications.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.Notifications.Api;

/// <summary>
/// The contact profile SMS to her goes by (decision 706): recorded and withdrawn by the course's own worker with her,
/// read (access-logged) by her or a team lead; and the neutral wordings to choose from.
/// </summary>
public static class ContactProfileApi
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IEndpointRouteBuilder MapContactProfileApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(InboxApi.Prefix + "/courses/{courseId:guid}/contact-profile").WithTags("Contact profile")
            .RequireAuthorization(NotificationPolicies.CourseStaff).WithUnitOfWork<NotificationsDbContext>();
        api.MapGet("/", Read).WithName("ReadContactProfile").WithSummary("How SMS may reach her (access-logged)");
        api.MapPut("/", Save).Validates<ContactProfileRequest>().WithName("SaveContactProfile")
            .WithSummary("Record her consent, number, safe hours, sender name and wording, with her");
        api.MapDelete("/", Withdraw).WithName("WithdrawContactProfile").WithSummary("She withdrew her consent: forget the profile and her number");
        routes.MapGet(InboxApi.Prefix + "/sms-templates", Templates).WithTags("Contact profile").RequireAuthorization(NotificationPolicies.CourseStaff)
            .WithName("ListSmsTemplates").WithSummary("The neutral SMS wordings a contact profile chooses from");
        return routes;
    }

    private static async Task<Results<Ok<ContactProfileView>, NotFound, ProblemHttpResult>> Read(Guid courseId, ContactProfiles profiles, CancellationToken ct) =>
        (await profiles.ReadAsync(courseId, ct)).ToOk(View, NotificationTexts.ResourceManager);

    private static async Task<Results<Ok<ContactProfileView>, NotFound, ProblemHttpResult>> Save(
        Guid courseId, ContactProfileRequest request, ContactProfiles profiles, CancellationToken ct)
    {
        var terms = new ContactTerms(
            request.ConsentGivenAt!.Value,
            request.NumberConfirmed!.Value,
            TimeOnly.ParseExact(request.SafeFrom!, "HH:mm", CultureInfo.InvariantCulture),
            TimeOnly.ParseExact(request.SafeUntil!, "HH:mm", CultureInfo.InvariantCulture),
            request.SenderName!,
            request.Template!,
            request.Language!);
        return (await profiles.SaveAsync(courseId, terms, request.PhoneNumber!, ct)).ToOk(View, NotificationTexts.ResourceManager);
    }

    private static async Task<Results<NoContent, NotFound>> Withdraw(Guid courseId, ContactProfiles profiles, CancellationToken ct) =>
        await profiles.WithdrawAsync(courseId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static Ok<SmsTemplateView[]> Templates() =>
        TypedResults.Ok(SmsTemplate.Keys.Select(key => new SmsTemplateView(key, Text(key, CultureInfo.InvariantCulture), Text(key, English))).ToArray());

    private static string Text(string key, CultureInfo culture) =>
        NotificationTexts.ResourceManager.GetString($"Sms_{key}", culture) ?? throw new InvalidOperationException($"No SMS text {key}.");

    private static ContactProfileView View(ContactProfileRecord record) => new(
        record.Profile.CourseId,
        record.Profile.ConsentGivenAt,
        record.Profile.ConsentRecordedBy,
        record.PhoneNumber,
        record.Profile.NumberConfirmedAt,
        record.Profile.SafeFrom.ToString("HH:mm", CultureInfo.InvariantCulture),
        record.Profile.SafeUntil.ToString("HH:mm", CultureInfo.InvariantCulture),
        record.Profile.CrossesMidnight,
        record.Profile.SenderName,
        record.Profile.Template,
        record.Profile.Language,
        record.Profile.UpdatedAt,
        record.Profile.UpdatedBy,
        record.SmsPausedSince);
}
