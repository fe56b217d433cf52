using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Notifications.Api;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// Issue #16 item 2a: the contact profile SMS to her goes by, recorded by the course's own worker with her (decision 706):
/// consent, her number encrypted and confirmed, safe hours that may cross midnight, a neutral sender and wording.
/// </summary>
public sealed class ContactProfileTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private const string Number = "+4512345678";

    [Fact]
    public async Task Her_worker_records_the_profile_with_her_and_reads_it_back_access_logged_with_the_number_only_encrypted_at_rest()
    {
        var (courseId, workerId, worker) = await CourseAsync();
        var consent = DateTimeOffset.UtcNow.AddHours(-1);
        using var saved = await worker.PutAsJsonAsync(Path(courseId), Profile() with { ConsentGivenAt = consent });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var profile = (await worker.GetFromJsonAsync<ContactProfileView>(Path(courseId), TestJson.Options))!;
        Assert.Equal((Number, "21:00", "07:00", true, "Mette", "see-you", "da"), (profile.PhoneNumber, profile.SafeFrom, profile.SafeUntil, profile.CrossesMidnight, profile.SenderName, profile.Template, profile.Language));
        Assert.True((profile.ConsentGivenAt - consent).Duration() < TimeSpan.FromMilliseconds(1));
        Assert.Equal(workerId, profile.ConsentRecordedBy);

        var stored = await StoredNumberAsync(courseId);
        Assert.DoesNotContain("12345678", stored);
        Assert.Contains(await AccessLogAsync(courseId), e => e.Action == AccessAction.Read && e.Purpose == AccessPurposes.CaseHandling);

        using var lead = fixture.Host.Client(Roles.TeamLead, subject: "lead-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(Path(courseId))).StatusCode);
        Assert.Contains(await AccessLogAsync(courseId), e => e.Action == AccessAction.Read && e.Purpose == AccessPurposes.CaseloadManagement);
    }

    [Fact]
    public async Task Another_worker_a_team_lead_writing_another_municipality_and_an_unknown_course_get_404()
    {
        var (courseId, workerId, worker) = await CourseAsync();
        (await worker.PutAsJsonAsync(Path(courseId), Profile())).EnsureSuccessStatusCode();

        using var other = fixture.Host.Client(Roles.CtiWorker, subject: "worker-" + Guid.NewGuid().ToString("N"));
        using var lead = fixture.Host.Client(Roles.TeamLead, subject: "lead-" + Guid.NewGuid().ToString("N"));
        using var foreign = fixture.Host.Client(Roles.TeamLead, TestTokens.TenantB, subject: "lead-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Path(courseId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync(Path(courseId), Profile())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync(Path(courseId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.PutAsJsonAsync(Path(courseId), Profile())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(Path(courseId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync(Path(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PutAsJsonAsync(Path(Guid.NewGuid()), Profile())).StatusCode);
        Assert.Equal(Number, (await worker.GetFromJsonAsync<ContactProfileView>(Path(courseId), TestJson.Options))!.PhoneNumber);
    }

    [Fact]
    public async Task The_profile_follows_reassignment_and_a_withdrawn_consent_forgets_it_and_her_number()
    {
        var (courseId, workerId, worker) = await CourseAsync();
        (await worker.PutAsJsonAsync(Path(courseId), Profile())).EnsureSuccessStatusCode();

        var successor = "worker-" + Guid.NewGuid().ToString("N");
        await fixture.Workflow.PublishAsync(
            new CourseReassigned { CourseId = courseId, TenantId = TestTokens.TenantA, PreviousWorkerId = workerId, WorkerId = successor, ReassignedAt = DateTimeOffset.UtcNow },
            TestTokens.TenantA);
        using var next = fixture.Host.Client(Roles.CtiWorker, subject: successor);
        await Eventually.Until(async () => (await next.GetAsync(Path(courseId))).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the profile visible to the new worker");
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync(Path(courseId))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await next.DeleteAsync(Path(courseId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await next.GetAsync(Path(courseId))).StatusCode);
        Assert.Null(await StoredNumberAsync(courseId));
    }

    [Fact]
    public async Task No_profile_is_recorded_for_a_closed_course()
    {
        var (courseId, workerId, worker) = await CourseAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await fixture.Workflow.PublishAsync(
            new CourseClosed
            {
                CourseId = courseId, TenantId = TestTokens.TenantA, WorkerId = workerId, ClosedOn = today, Reason = CourseClosureReason.Completed,
                Completed = true, WorkerAccessEndsOn = today.AddDays(30),
            },
            TestTokens.TenantA);
        await Eventually.Until(async () => (await worker.PutAsJsonAsync(Path(courseId), Profile())).StatusCode, s => s == HttpStatusCode.UnprocessableEntity,
            TimeSpan.FromSeconds(30), "the closed course refusing a profile");
        using var response = await worker.PutAsJsonAsync(Path(courseId), Profile());
        Assert.Contains("CourseClosed", await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string, object, HttpStatusCode> BadProfiles => new()
    {
        { "phoneNumber", "phoneNumber", Profile() with { PhoneNumber = "12345678" }, HttpStatusCode.BadRequest },
        { "phoneNumber", "phoneNumber", Profile() with { PhoneNumber = null }, HttpStatusCode.BadRequest },
        { "safeFrom", "safeFrom", Profile() with { SafeFrom = "24:00" }, HttpStatusCode.BadRequest },
        { "safeUntil", "safeUntil", Profile() with { SafeUntil = "7:00" }, HttpStatusCode.BadRequest },
        { "senderName", "senderName", Profile() with { SenderName = "Mette Hansen 1" }, HttpStatusCode.BadRequest },
        { "senderName", "senderName", Profile() with { SenderName = "12345" }, HttpStatusCode.BadRequest },
        { "consentGivenAt", "consentGivenAt", Profile() with { ConsentGivenAt = null }, HttpStatusCode.BadRequest },
        { "numberConfirmed", "NumberNotConfirmed", Profile() with { NumberConfirmed = false }, HttpStatusCode.UnprocessableEntity },
        { "consentGivenAt", "ConsentInFuture", Profile() with { ConsentGivenAt = DateTimeOffset.UtcNow.AddDays(1) }, HttpStatusCode.UnprocessableEntity },
        { "safeUntil", "EmptySafeWindow", Profile() with { SafeFrom = "09:00", SafeUntil = "09:00" }, HttpStatusCode.UnprocessableEntity },
        { "senderName", "SenderNameNotNeutral", Profile() with { SenderName = "Krisecenter" }, HttpStatusCode.UnprocessableEntity },
        { "senderName", "SenderNameNotNeutral", Profile() with { SenderName = "Kbh Kommune" }, HttpStatusCode.UnprocessableEntity },
        { "template", "UnknownSmsTemplate", Profile() with { Template = "free-text" }, HttpStatusCode.UnprocessableEntity },
        { "language", "UnknownSmsLanguage", Profile() with { Language = "fr" }, HttpStatusCode.UnprocessableEntity },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task Bad_input_is_refused_naming_the_field_and_the_rule_and_nothing_is_written(string field, string rule, object body, HttpStatusCode status)
    {
        var (courseId, workerId, worker) = await CourseAsync();
        using var response = await worker.PutAsJsonAsync(Path(courseId), body);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains(field, problem, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(rule, problem, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await StoredNumberAsync(courseId));
    }

    [Fact]
    public async Task The_wordings_to_choose_from_are_neutral_and_name_only_date_and_time()
    {
        using var worker = fixture.Host.Client(Roles.CtiWorker, subject: "worker-" + Guid.NewGuid().ToString("N"));
        var templates = (await worker.GetFromJsonAsync<JsonArray>("/api/notifications/sms-templates"))!;
        Assert.Equal(["appointment", "see-you", "date-only"], templates.Select(t => (string)t!["key"]!));
        foreach (var text in templates.SelectMany(t => new[] { (string)t!["danish"]!, (string)t!["english"]! }))
        {
            Assert.Equal(["{date}", "{time}"], System.Text.RegularExpressions.Regex.Matches(text, @"\{[^}]*\}").Select(m => m.Value));
            Assert.DoesNotContain("http", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static ContactProfileRequest Profile() =>
        new(DateTimeOffset.UtcNow.AddMinutes(-5), Number, true, "21:00", "07:00", "Mette", "see-you", "da");

    private static string Path(Guid courseId) => $"/api/notifications/courses/{courseId}/contact-profile";

    /// <summary>A course approved for a new worker of tenant A, once this service has learnt of it.</summary>
    private async Task<(Guid CourseId, string WorkerId, HttpClient Worker)> CourseAsync()
    {
        var courseId = Guid.NewGuid();
        var workerId = "worker-" + Guid.NewGuid().ToString("N");
        await fixture.Workflow.PublishAsync(
            new ReferralApproved { ReferralId = courseId, TenantId = TestTokens.TenantA, WorkerId = workerId, ExpectedMoveOutDate = new DateOnly(2027, 3, 1), ApprovedAt = DateTimeOffset.UtcNow },
            TestTokens.TenantA);
        await Eventually.Until(() => CourseRowsAsync(courseId), n => n == 1, TimeSpan.FromSeconds(30), $"course {courseId} known to notifications");
        return (courseId, workerId, fixture.Host.Client(Roles.CtiWorker, subject: workerId));
    }

    private async Task<AccessLogEntryView[]> AccessLogAsync(Guid courseId)
    {
        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        return (await admin.GetFromJsonAsync<AccessLogEntryView[]>(
            $"/api/notifications/access-log?subjectType=contact-profile&subjectId={courseId}", TestJson.Options))!;
    }

    private async Task<long> CourseRowsAsync(Guid courseId) => (long)(await ScalarAsync("select count(*) from notification_courses where course_id = @id", courseId))!;

    private async Task<string?> StoredNumberAsync(Guid courseId) => await ScalarAsync("select protected_number from contact_profiles where course_id = @id", courseId) as string;

    private async Task<object?> ScalarAsync(string sql, Guid courseId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", courseId);
        return await command.ExecuteScalarAsync();
    }
}
