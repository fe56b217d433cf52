using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>The meetings API as a worker's client calls it.</summary>
public static class Meetings
{
    public static string Path(Guid courseId) => $"{CourseTrackingFixture.Courses}/{courseId}";

    public static Task<HttpResponseMessage> PlanAsync(this HttpClient client, Guid courseId, DateOnly date, string time, string kind = "HomeVisit", string? notes = null, int minutes = 60) =>
        client.PostAsJsonAsync($"{Path(courseId)}/meetings", new { kind, date, time, durationMinutes = minutes, notes }, TestJson.Options);

    public static async Task<MeetingView> PlannedAsync(this HttpClient client, Guid courseId, DateOnly date, string time, string? notes = null, int minutes = 60)
    {
        var response = await client.PlanAsync(courseId, date, time, notes: notes, minutes: minutes);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<MeetingView>(TestJson.Options))!;
    }

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, Guid courseId, Guid meetingId, DateOnly date, string time) =>
        client.PostAsJsonAsync($"{Path(courseId)}/meetings/{meetingId}/move", new { date, time }, TestJson.Options);

    public static Task<HttpResponseMessage> CancelAsync(this HttpClient client, Guid courseId, Guid meetingId) =>
        client.PostAsync($"{Path(courseId)}/meetings/{meetingId}/cancel", null);

    public static Task<HttpResponseMessage> HeldAsync(this HttpClient client, Guid courseId, Guid meetingId, int? minutes = null, string? notes = null) =>
        client.PostAsJsonAsync($"{Path(courseId)}/meetings/{meetingId}/held", new { durationMinutes = minutes, notes }, TestJson.Options);

    public static Task<HttpResponseMessage> ContactAsync(this HttpClient client, Guid courseId, DateOnly date, string time, int minutes, string? notes = null, string kind = "Phone") =>
        client.PostAsJsonAsync($"{Path(courseId)}/contacts", new { kind, date, time, durationMinutes = minutes, notes }, TestJson.Options);
}
