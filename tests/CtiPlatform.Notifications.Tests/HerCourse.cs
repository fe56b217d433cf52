using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Contracts.Meetings;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Notifications.Api;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// One woman's course as the SMS tests need it: approved for a new worker, her contact profile recorded by that worker over
/// real HTTP, meetings planned, moved and cancelled as course tracking publishes them, and her SMS read as her worker sees them.
/// </summary>
public sealed class HerCourse : IDisposable
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private readonly SmsFixture fixture;

    private HerCourse(SmsFixture fixture, Guid courseId, string workerId, string tenant, string number)
    {
        this.fixture = fixture;
        CourseId = courseId;
        WorkerId = workerId;
        Tenant = tenant;
        Number = number;
        Worker = fixture.Host.Client(Roles.CtiWorker, tenant, subject: workerId);
    }

    public Guid CourseId { get; }

    public string WorkerId { get; }

    public string Tenant { get; }

    /// <summary>Her number, unique to the test, so the sidecar's requests and the log can be searched for it.</summary>
    public string Number { get; }

    public HttpClient Worker { get; }

    /// <summary>A course of <paramref name="tenant"/> whose worker recorded her profile with safe hours from–until (unless told not to).</summary>
    public static async Task<HerCourse> StartAsync(
        SmsFixture fixture, string safeFrom, string safeUntil, string tenant = TestTokens.TenantA, string language = "da", bool recordProfile = true)
    {
        var course = new HerCourse(fixture, Guid.NewGuid(), "worker-" + Guid.NewGuid().ToString("N"), tenant, "+45" + Random.Shared.Next(20_000_000, 99_999_999));
        await fixture.Workflow.PublishAsync(
            new ReferralApproved { ReferralId = course.CourseId, TenantId = tenant, WorkerId = course.WorkerId, ExpectedMoveOutDate = new DateOnly(2027, 3, 1), ApprovedAt = DateTimeOffset.UtcNow },
            tenant);
        await Eventually.Until(course.CourseRowsAsync, n => n == 1, TimeSpan.FromSeconds(30), $"course {course.CourseId} known to notifications");
        if (recordProfile)
        {
            using var saved = await course.SaveProfileAsync(safeFrom, safeUntil, language);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        return course;
    }

    /// <summary>A Danish wall-clock time as an instant.</summary>
    public static DateTimeOffset Danish(DateOnly date, int hour, int minute)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public Task<HttpResponseMessage> SaveProfileAsync(string safeFrom, string safeUntil, string language = "da") =>
        Worker.PutAsJsonAsync(
            $"/api/notifications/courses/{CourseId}/contact-profile",
            new ContactProfileRequest(DateTimeOffset.UtcNow.AddMinutes(-5), Number, true, safeFrom, safeUntil, "Mette", "see-you", language));

    public Task PublishAsync<T>(T message)
        where T : class => fixture.Workflow.PublishAsync(message, Tenant);

    /// <summary>Plans a meeting starting at <paramref name="startsAt"/> and waits until its SMS is planned (or refused).</summary>
    public async Task<Guid> PlanMeetingAsync(DateTimeOffset startsAt)
    {
        var meetingId = Guid.NewGuid();
        var before = (await SmsAsync()).Count;
        await PublishAsync(new MeetingPlanned { MeetingId = meetingId, CourseId = CourseId, TenantId = Tenant, WorkerId = WorkerId, StartsAt = startsAt });
        await SmsUntilAsync(s => s.Count == before + 1, $"the SMS of meeting {meetingId} planned");
        return meetingId;
    }

    /// <summary>Moves a meeting as course tracking announces its <paramref name="moves"/>th move.</summary>
    public Task MoveMeetingAsync(Guid meetingId, DateTimeOffset from, DateTimeOffset to, int moves = 1) =>
        PublishAsync(new MeetingMoved { MeetingId = meetingId, CourseId = CourseId, TenantId = Tenant, WorkerId = WorkerId, PreviousStartsAt = from, StartsAt = to, Moves = moves });

    public Task CancelMeetingAsync(Guid meetingId, DateTimeOffset startsAt) =>
        PublishAsync(new MeetingCancelled { MeetingId = meetingId, CourseId = CourseId, TenantId = Tenant, WorkerId = WorkerId, StartsAt = startsAt });

    /// <summary>How many meeting events the service has handled (of every course), for waiting until one more was.</summary>
    public async Task<long> MeetingEventsHandledAsync() =>
        (long)(await ScalarAsync($"select count(*) from inbox_messages where consumer = '{NotificationsExtensions.MeetingEventsQueue}'"))!;

    public async Task<IReadOnlyList<SmsView>> SmsAsync() =>
        (await Worker.GetFromJsonAsync<SmsView[]>($"/api/notifications/courses/{CourseId}/sms", TestJson.Options))!;

    public Task<IReadOnlyList<SmsView>> SmsUntilAsync(Func<IReadOnlyList<SmsView>, bool> condition, string what) =>
        Eventually.Until(SmsAsync, condition, TimeSpan.FromSeconds(30), what);

    public async Task<ContactProfileView> ProfileAsync() =>
        (await Worker.GetFromJsonAsync<ContactProfileView>($"/api/notifications/courses/{CourseId}/contact-profile", TestJson.Options))!;

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", CourseId);
        return await command.ExecuteScalarAsync();
    }

    public void Dispose() => Worker.Dispose();

    private async Task<long> CourseRowsAsync() => (long)(await ScalarAsync("select count(*) from notification_courses where course_id = @id"))!;
}
