using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>What a worker records inside a course, as the fidelity tests arrange it through the API.</summary>
public static class CourseWork
{
    public static async Task PlanAsync(this HttpClient client, Guid id, params string[] themes) =>
        (await client.PostAsJsonAsync($"{Meetings.Path(id)}/plan",
            new { focusAreas = themes.Select(theme => new { theme, goals = new[] { "Et mål" }, activities = Array.Empty<object>() }) }, TestJson.Options))
        .EnsureSuccessStatusCode();

    public static async Task DocumentAsync(this HttpClient client, Guid id, int phase, params string[] themes) =>
        (await client.PostAsJsonAsync($"{Meetings.Path(id)}/phase-documentation",
            new { phase, statuses = themes.Select(theme => new { theme, status = "Status" }) }, TestJson.Options))
        .EnsureSuccessStatusCode();

    public static async Task ScoreAsync(this HttpClient client, Guid id, string occasion, string respondent) =>
        (await client.PutAsJsonAsync($"{Meetings.Path(id)}/compass",
            new { occasion, respondent, scores = Enum.GetNames<CompassDimension>().Select(d => new { dimension = d, score = 5 }) }, TestJson.Options))
        .EnsureSuccessStatusCode();

    /// <summary>Ticks the method's items of <paramref name="transition"/> and the <paramref name="municipal"/> ones.</summary>
    public static async Task TickAsync(this HttpClient client, Guid id, ChecklistTransition transition, params string[] municipal)
    {
        foreach (var key in MethodChecklists.Items.Where(i => i.Transition == transition).Select(i => i.Key).Concat(municipal))
        {
            (await client.PutAsJsonAsync($"{Meetings.Path(id)}/checklists/{transition}/{key}", new { }, TestJson.Options)).EnsureSuccessStatusCode();
        }
    }

    public static async Task ContactedAsync(this HttpClient client, Guid id, DateOnly date, int minutes) =>
        (await client.ContactAsync(id, date, "10:00", minutes)).EnsureSuccessStatusCode();

    public static async Task HandOverMeetingsAsync(this HttpClient client, Guid id, params DateOnly[] dates) =>
        (await client.PutAsJsonAsync($"{Meetings.Path(id)}/hand-over-plan", new
        {
            longTermNeeds = new[] { "Et behov" },
            responsible = new { name = "En sagsbehandler", role = "Kommunal sagsbehandler" },
            meetings = dates.Select(date => new { date, with = "Netværket" }),
        }, TestJson.Options)).EnsureSuccessStatusCode();
}
