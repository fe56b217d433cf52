using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

/// <summary>Issue #16 item 5: templates per municipality, Danish defaults shipped, a preview, placeholders from a safe list only.</summary>
public sealed class TemplateTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task The_danish_defaults_are_shipped_and_a_municipalitys_own_wording_is_previewed_saved_and_used_for_its_emails_only()
    {
        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var defaults = (await admin.GetFromJsonAsync<JsonArray>("/api/notifications/templates"))!;
        Assert.Equal(Enum.GetValues<CtiPlatform.Notifications.Domain.ReminderKind>().Length, defaults.Count);
        var closure = defaults.Single(t => (string?)t!["kind"] == "CourseClosureDue")!;
        Assert.Equal((true, "CTI-påmindelse: {title}"), ((bool)closure["isDefault"]!, (string?)closure["subject"]));

        var wording = new { subject = "Forløb slutter {date}", body = "Husk afslutningen af forløb {course} den {date}." };
        using var preview = await admin.PostAsJsonAsync("/api/notifications/templates/CourseClosureDue/preview", wording);
        var previewed = (await preview.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Forløb slutter 01-03-2027", (string?)previewed["subject"]);
        using var saved = await admin.PutAsJsonAsync("/api/notifications/templates/CourseClosureDue", wording);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var worker = new NotificationsClient(fixture.Host, $"worker-{Guid.NewGuid():N}");
        var email = $"{worker.Subject}@kommune.example";
        await worker.WantsEmailAtAsync(email);
        var course = Guid.NewGuid();
        await fixture.Workflow.PublishAsync(
            new CourseClosureDue { CourseId = course, TenantId = TestTokens.TenantA, WorkerId = worker.Subject, CourseEndDate = new DateOnly(2027, 6, 1) },
            TestTokens.TenantA);
        await worker.SettledDeliveriesAsync(1);
        var sent = Assert.Single(fixture.Sidecar.To(email));
        Assert.Equal(("Forløb slutter 01-06-2027", $"Husk afslutningen af forløb {course} den 01-06-2027."), (sent.Metadata["subject"], sent.Data));

        using var otherAdmin = fixture.Host.Client(Roles.TenantAdmin, TestTokens.TenantB);
        var theirs = (await otherAdmin.GetFromJsonAsync<JsonArray>("/api/notifications/templates"))!.Single(t => (string?)t!["kind"] == "CourseClosureDue")!;
        Assert.True((bool)theirs["isDefault"]!);
    }

    [Theory]
    [InlineData("Til {name}", "Forløb {course}", "subject", "UnsafeTemplateVariableInSubject")]
    [InlineData("Påmindelse", "Hej {navn}, forløb {course}", "body", "UnsafeTemplateVariableInBody")]
    [InlineData("Påmindelse", "Hun bor på { adresse }", "body", "UnsafeTemplateVariableInBody")]
    [InlineData("Påmindelse", "{{cpr}}", "body", "UnsafeTemplateVariableInBody")]
    public async Task A_template_naming_anything_outside_the_safe_list_is_refused_at_save_and_preview_naming_field_and_rule(
        string subject, string body, string field, string rule)
    {
        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        foreach (var call in new Func<Task<HttpResponseMessage>>[]
                 {
                     () => admin.PutAsJsonAsync("/api/notifications/templates/PhaseChangeDue", new { subject, body }),
                     () => admin.PostAsJsonAsync("/api/notifications/templates/PhaseChangeDue/preview", new { subject, body }),
                 })
        {
            using var response = await call();
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await response.Content.ReadAsStringAsync();
            Assert.Contains(rule, problem);
            Assert.Contains(field, problem);
        }

        var phaseChange = (await admin.GetFromJsonAsync<JsonArray>("/api/notifications/templates"))!.Single(t => (string?)t!["kind"] == "PhaseChangeDue")!;
        Assert.True((bool)phaseChange["isDefault"]!);
    }

    [Fact]
    public async Task Only_the_tenant_admin_keeps_templates()
    {
        using var worker = fixture.Host.Client(Roles.CtiWorker);
        using var response = await worker.PutAsJsonAsync("/api/notifications/templates/PhaseChangeDue", new { subject = "x", body = "y" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
