using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.Domain;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// Name and address protection runs out after a year; 30 days before, a durable timer raises the reminder the
/// notifications service reminds on. The test moves the service's clock; nothing waits for real time to pass.
/// </summary>
public sealed class ExpiryReminderTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    [Fact]
    public async Task The_expiry_reminder_fires_thirty_days_before_the_year_ends_and_not_for_ended_or_special_protection()
    {
        var safety = new SafetyClient(fixture);
        using var worker = safety.Worker("medarbejder-udloeb");
        var protectedCourse = await safety.ApprovedCourseAsync("medarbejder-udloeb");
        var endedCourse = await safety.ApprovedCourseAsync("medarbejder-udloeb");
        var specialCourse = await safety.ApprovedCourseAsync("medarbejder-udloeb");
        var registeredOn = fixture.Today;
        await RegisterAsync(worker, protectedCourse, AddressProtectionKind.NameAndAddress, registeredOn);
        await RegisterAsync(worker, endedCourse, AddressProtectionKind.NameAndAddress, registeredOn);
        await RegisterAsync(worker, specialCourse, AddressProtectionKind.Special, registeredOn);
        (await worker.DeleteAsync($"{SafetyClient.Prefix}/{endedCourse}/protected-address")).EnsureSuccessStatusCode();
        await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<AddressProtectionEnded>(endedCourse)), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "the end of protection published");
        var expiresOn = registeredOn.AddYears(1);

        // The day before the reminder date: the dispatcher polls on (every 50 ms), and nothing is due yet.
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(expiresOn.AddDays(-31)).AddHours(12));
        Assert.Equal(0, await fixture.VirtualHost.MessageCountAsync("safety-timers"));
        Assert.Empty(fixture.Bus.Of<AddressProtectionExpiryDue>(protectedCourse));

        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(expiresOn.AddDays(-30)));

        var due = await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<AddressProtectionExpiryDue>(protectedCourse)), m => m.Count > 0,
            TimeSpan.FromSeconds(30), "the expiry reminder");
        var reminder = JsonDocument.Parse(Assert.Single(due).Body).RootElement.GetProperty("message");
        Assert.Equal(expiresOn, DateOnly.Parse(reminder.GetProperty("expiresOn").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("medarbejder-udloeb", reminder.GetProperty("workerId").GetString());
        Assert.Empty(fixture.Bus.Of<AddressProtectionExpiryDue>(endedCourse));
        Assert.Empty(fixture.Bus.Of<AddressProtectionExpiryDue>(specialCourse));
    }

    private static async Task RegisterAsync(HttpClient worker, Guid courseId, AddressProtectionKind kind, DateOnly registeredOn) =>
        (await worker.PutAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/protected-address",
            new RegisterProtectedAddressRequest(kind, "Fristvej 30", registeredOn), TestJson.Options)).EnsureSuccessStatusCode();
}
