using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Notifications.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.Notifications.Api;

/// <summary>The municipality's reminder e-mail templates, kept by its tenant admin (decision 705).</summary>
public static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(InboxApi.Prefix + "/templates").WithTags("Templates").RequireAuthorization(Policies.TenantAdmin)
            .WithUnitOfWork<NotificationsDbContext>();
        api.MapGet("/", List).WithName("ListEmailTemplates").WithSummary("The wording in force for every kind of reminder e-mail");
        api.MapPut("/{kind}", Save).Validates<TemplateRequest>().WithName("SaveEmailTemplate").WithSummary("Save the municipality's wording of one kind");
        api.MapPost("/{kind}/preview", Preview).Validates<TemplateRequest>().WithName("PreviewEmailTemplate")
            .WithSummary("The e-mail a wording gives for a sample reminder, without saving it");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<TemplateView>>> List(TemplateCommands templates, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<TemplateView>>([.. (await templates.ListAsync(ct)).Select(View)]);

    private static async Task<Results<Ok<TemplateView>, NotFound, ProblemHttpResult>> Save(
        string kind, TemplateRequest request, TemplateCommands templates, CancellationToken ct) =>
        Enum.TryParse<ReminderKind>(kind, false, out var k) && Enum.IsDefined(k)
            ? (await templates.SaveAsync(k, request.Subject!, request.Body!, ct)).ToOk(View, NotificationTexts.ResourceManager)
            : TypedResults.NotFound();

    private static Results<Ok<PreviewView>, NotFound, ProblemHttpResult> Preview(string kind, TemplateRequest request) =>
        Enum.TryParse<ReminderKind>(kind, false, out var k) && Enum.IsDefined(k)
            ? TemplateCommands.Preview(k, request.Subject!, request.Body!).ToOk(e => new PreviewView(e.Subject, e.Body), NotificationTexts.ResourceManager)
            : TypedResults.NotFound();

    private static TemplateView View(TemplateRecord t) => new(t.Kind.ToString(), ReminderWording.Title(t.Kind), t.Subject, t.Body, t.IsDefault);
}
