using System.Globalization;
using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Domain;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's checklists for the four transitions, exactly as the method manual lists them plus the municipality's own
/// items; each ticked with date and by whom (decision 503). A course or item the caller may not see answers 404.
/// </summary>
public static class ChecklistsApi
{
    public static IEndpointRouteBuilder MapChecklistsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TrackedCoursesApi.Prefix + "/courses/{courseId:guid}/checklists").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Checklists");
        api.MapGet("/", GetChecklists).WithName("GetChecklists").WithSummary("The four transition checklists with their ticks (access-logged)");
        api.MapPut("/{transition}/{itemKey}", TickItem).Validates<TickRequest>()
            .WithName("TickChecklistItem").WithSummary("Tick an item, on a date (today when left out); ticking again records the new date and person");
        api.MapDelete("/{transition}/{itemKey}", UntickItem).WithName("UntickChecklistItem").WithSummary("Take a tick back");
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<ChecklistView>>, NotFound>> GetChecklists(
        Guid courseId, Checklists checklists, CancellationToken ct) =>
        await checklists.ReadAsync(courseId, ct) is { } found
            ? TypedResults.Ok<IReadOnlyList<ChecklistView>>(found.Select(c => View(c.Transition, c.Items)).ToList())
            : TypedResults.NotFound();

    // The transition is a path segment bound as text: an unknown one is a checklist that does not exist (404), and the
    // request body is read before the answer, so a refused request never leaves its body half-sent.
    private static async Task<Results<Ok<ChecklistView>, NotFound, ProblemHttpResult>> TickItem(
        Guid courseId, string transition, string itemKey, TickRequest request, Checklists checklists, CancellationToken ct) =>
        Transition(transition) is { } known
            ? await AnswerAsync(await checklists.TickAsync(courseId, known, itemKey, request.TickedOn, ct), courseId, known, checklists, ct)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ChecklistView>, NotFound, ProblemHttpResult>> UntickItem(
        Guid courseId, string transition, string itemKey, Checklists checklists, CancellationToken ct) =>
        Transition(transition) is { } known
            ? await AnswerAsync(await checklists.UntickAsync(courseId, known, itemKey, ct), courseId, known, checklists, ct)
            : TypedResults.NotFound();

    private static ChecklistTransition? Transition(string name) =>
        Enum.TryParse<ChecklistTransition>(name, ignoreCase: false, out var transition) && Enum.IsDefined(transition) && !char.IsDigit(name[0]) ? transition : null;

    // The answer is the whole checklist as it now stands, so the caller sees whether the transition is complete.
    private static async Task<Results<Ok<ChecklistView>, NotFound, ProblemHttpResult>> AnswerAsync(
        Outcome<ChecklistItem> outcome, Guid courseId, ChecklistTransition transition, Checklists checklists, CancellationToken ct) =>
        await outcome.ToOkAsync(
            async _ =>
            {
                var all = (await checklists.ReadAsync(courseId, ct))!;
                var (_, items) = all.Single(c => c.Transition == transition);
                return View(transition, items);
            },
            CourseTrackingTexts.ResourceManager);

    internal static ChecklistView View(ChecklistTransition transition, IReadOnlyList<(ChecklistItem Item, ChecklistTick? Tick)> items)
    {
        var views = items.Select(i => new ChecklistItemView(i.Item.Key, Text(i.Item), i.Item.Municipal, i.Tick?.TickedOn, i.Tick?.TickedBy)).ToList();
        return new ChecklistView(transition, TrackingLabels.Of(transition), views.All(v => v.TickedOn is not null), views);
    }

    private static string Text(ChecklistItem item) =>
        item.OwnText is not { } own ? TrackingLabels.OfChecklistItem(item.Key)
        : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && item.OwnEnglishText is { } english ? english
        : own;
}
