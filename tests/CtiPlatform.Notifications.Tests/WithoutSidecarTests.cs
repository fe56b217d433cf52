using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

/// <summary>Issue #16 item 6: without a sidecar the e-mail lands in the local sent-messages view, and the log names ids only.</summary>
public sealed class WithoutSidecarTests(LocalModeFixture fixture) : IClassFixture<LocalModeFixture>
{
    [Fact]
    public async Task Without_a_sidecar_the_email_is_kept_in_the_tenant_admins_sent_messages_view_and_logged_by_id_only()
    {
        using var worker = new NotificationsClient(fixture.Host, $"worker-{Guid.NewGuid():N}");
        var email = $"{worker.Subject}@kommune.example";
        await worker.WantsEmailAtAsync(email);
        var course = Guid.NewGuid();

        await fixture.Workflow.PublishAsync(
            new ChangeCompassStartingMeasurementDue { CourseId = course, TenantId = TestTokens.TenantA, WorkerId = worker.Subject, ContactPeriodStartDate = new DateOnly(2027, 1, 4) },
            TestTokens.TenantA);

        Assert.Equal("Sent", Assert.Single(await worker.SettledDeliveriesAsync(1)).State);
        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var kept = Assert.Single((await admin.GetFromJsonAsync<JsonArray>("/api/notifications/sent-messages"))!);
        Assert.Equal(("smtp", email), ((string?)kept!["binding"], (string?)kept["metadata"]!["emailTo"]));
        Assert.Contains(course.ToString(), (string?)kept["data"]);
        Assert.Empty(fixture.Sidecar.Received);
        Assert.Contains(fixture.Logs.Lines, line => line.Contains("kept in the local sent-messages view") && line.Contains((string)kept["id"]!));
        Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(email, StringComparison.OrdinalIgnoreCase));

        using var otherMunicipality = fixture.Host.Client(Roles.TenantAdmin, TestTokens.TenantB);
        Assert.Empty((await otherMunicipality.GetFromJsonAsync<JsonArray>("/api/notifications/sent-messages"))!);
        using var workerCall = fixture.Host.Client(Roles.CtiWorker, subject: worker.Subject);
        Assert.Equal(HttpStatusCode.Forbidden, (await workerCall.GetAsync("/api/notifications/sent-messages")).StatusCode);
    }
}
