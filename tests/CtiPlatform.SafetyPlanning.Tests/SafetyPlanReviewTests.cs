using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.Domain;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.Testing;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>A review falling due raises the event the notifications service reminds on, on the durable scheduler; the test moves the clock.</summary>
public sealed class SafetyPlanReviewTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    [Fact]
    public async Task The_review_date_raises_one_reminder_and_a_revision_moves_it_to_the_new_date()
    {
        var safety = new SafetyClient(fixture);
        using var worker = safety.Worker("medarbejder-revision");
        var kept = await safety.ApprovedCourseAsync("medarbejder-revision");
        var revised = await safety.ApprovedCourseAsync("medarbejder-revision");
        var reviewOn = fixture.Today.AddDays(10);
        var revisedReviewOn = fixture.Today.AddDays(20);
        await WriteAsync(worker, kept, reviewOn);
        await WriteAsync(worker, revised, reviewOn);
        await WriteAsync(worker, revised, revisedReviewOn);

        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(reviewOn));

        var due = await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<SafetyPlanReviewDue>(kept)), m => m.Count > 0,
            TimeSpan.FromSeconds(30), "the review reminder");
        Assert.Equal(reviewOn, ReviewOn(Assert.Single(due)));
        Assert.Empty(fixture.Bus.Of<SafetyPlanReviewDue>(revised));

        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(revisedReviewOn));

        var moved = await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<SafetyPlanReviewDue>(revised)), m => m.Count > 0,
            TimeSpan.FromSeconds(30), "the revised plan's review reminder");
        Assert.Equal(revisedReviewOn, ReviewOn(Assert.Single(moved)));
        Assert.Single(fixture.Bus.Of<SafetyPlanReviewDue>(kept));
    }

    private static DateOnly ReviewOn(CapturedMessage message) =>
        DateOnly.Parse(JsonDocument.Parse(message.Body).RootElement.GetProperty("message").GetProperty("reviewOn").GetString()!, CultureInfo.InvariantCulture);

    private async Task WriteAsync(HttpClient worker, Guid courseId, DateOnly reviewOn) =>
        (await worker.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/safety-plan/versions",
            new WriteSafetyPlanRequest(SafetyPlanTests.Sections("Bagtrappen"), reviewOn), TestJson.Options)).EnsureSuccessStatusCode();
}
