using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>Courses taken through the lifecycle into phase 3, with her compass scored, and closed; and the outcome API as a client calls it.</summary>
public sealed class ClosedCourses(CourseTrackingFixture fixture, string tenant = TestTokens.TenantA)
{
    private readonly Lifecycle lifecycle = new(fixture, tenant);

    /// <summary>
    /// A course in phase 3 since five days, with her own compass at the start (<paramref name="start"/>, every dimension)
    /// and at the end (<paramref name="end"/>, in the dimensions' order) when given.
    /// </summary>
    public async Task<Guid> InPhase3Async(string workerId, int? start = null, int[]? end = null, bool hasChildren = false)
    {
        var today = fixture.Today;
        var id = await lifecycle.ApproveAsync(workerId);
        await lifecycle.StartContactPeriodAsync(id, workerId, today.AddDays(-280));
        await lifecycle.MoveInAsync(id, workerId, today.AddDays(-275));
        await lifecycle.PhaseAsync(id, workerId, 2, today.AddDays(-185), today.AddDays(-5));
        await lifecycle.PhaseAsync(id, workerId, 3, today.AddDays(-5), today.AddDays(85));
        var worker = fixture.Worker(workerId, tenant);
        if (hasChildren)
        {
            (await worker.PutAsJsonAsync($"{Meetings.Path(id)}/children", new { hasChildren = true }, TestJson.Options)).EnsureSuccessStatusCode();
        }

        if (start is { } s)
        {
            (await ScoreAsync(worker, id, "Start", Enumerable.Repeat(s, 10).ToArray())).EnsureSuccessStatusCode();
        }

        if (end is not null)
        {
            (await ScoreAsync(worker, id, "EndOfPhase3", end)).EnsureSuccessStatusCode();
        }

        return id;
    }

    /// <summary>As <see cref="InPhase3Async"/>, then closed on <paramref name="closedOn"/>; the worker's access ends in 30 days.</summary>
    public async Task<Guid> ClosedAsync(string workerId, DateOnly closedOn, int? start = null, int[]? end = null, bool hasChildren = false)
    {
        var id = await InPhase3Async(workerId, start, end, hasChildren);
        await lifecycle.CloseAsync(id, workerId, closedOn, fixture.Today.AddDays(30));
        return id;
    }

    public static string Path(Guid id) => $"{Meetings.Path(id)}/outcome";

    public static string FollowUps => TrackedCoursesApi.Prefix + "/follow-ups";

    public static Task<HttpResponseMessage> RecordAsync(
        HttpClient client, Guid id, bool keptHome = true, bool hasSafetyStrategy = true, bool readmittedToShelter = false, bool? dayCare = null, bool? leisure = null) =>
        client.PutAsJsonAsync(Path(id), new { keptHome, hasSafetyStrategy, readmittedToShelter, childrenInDayCareOrSchool = dayCare, childrenInLeisureActivities = leisure }, TestJson.Options);

    public static async Task<OutcomeView> ReadAsync(HttpClient client, Guid id) => (await client.GetFromJsonAsync<OutcomeView>(Path(id), TestJson.Options))!;

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient client, Guid id, bool stillInOwnHome) =>
        client.PutAsJsonAsync($"{FollowUps}/{id}", new { stillInOwnHome }, TestJson.Options);

    public static async Task<List<FollowUpView>> DueAsync(HttpClient client) => (await client.GetFromJsonAsync<List<FollowUpView>>(FollowUps, TestJson.Options))!;

    /// <summary>Her scores for <paramref name="occasion"/>, in the order of the dimensions.</summary>
    private static Task<HttpResponseMessage> ScoreAsync(HttpClient client, Guid id, string occasion, int[] scores) =>
        client.PutAsJsonAsync(
            $"{Meetings.Path(id)}/compass",
            new { occasion, respondent = "Her", scores = Enum.GetValues<CompassDimension>().Select((d, i) => new { dimension = d.ToString(), score = scores[i] }) },
            TestJson.Options);
}
