using System.Net;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// Issue #16 item 2c: never an SMS to a number on her never-contact list (decisions 033, 710). Safety planning's listings
/// arrive as keyed fingerprints, made here as safety planning makes them, under the ring every test host shares.
/// </summary>
public sealed class NeverContactTests(SmsFixture fixture) : IClassFixture<SmsFixture>
{
    private static readonly ContactFingerprinter Fingerprinter = new(Options.Create(
        new ConfigurationBuilder().AddInMemoryCollection(TestKeyRings.ContactMatching()).Build().GetSection(nameof(ContactMatchingOptions)).Get<ContactMatchingOptions>()!));

    [Fact]
    public async Task A_listed_number_is_refused_for_her_profile_without_echoing_it_and_allowed_again_once_he_is_removed()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00", recordProfile: false);
        var personId = Guid.NewGuid();
        var listedAt = fixture.Clock.GetUtcNow();

        // Safety planning wrote the number its own way; normalised, it is the same number.
        await ListAsync(her, personId, "00 45 " + her.Number[3..5] + " " + her.Number[5..], listedAt);
        await Eventually.Until(() => her.ScalarAsync("select count(*) from never_contact_people where course_id = @id"), n => (long)n! == 1, TimeSpan.FromSeconds(30), "the listing kept");

        using (var refused = await her.SaveProfileAsync("08:00", "22:00"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var problem = await refused.Content.ReadAsStringAsync();
            Assert.Contains("NeverContactNumber", problem);
            Assert.Contains("phoneNumber", problem);
            Assert.DoesNotContain(her.Number[3..], problem);
        }

        Assert.Equal(0L, await her.ScalarAsync("select count(*) from contact_profiles where course_id = @id"));

        // A removal older than the listing changes nothing (latest by ChangedAt); a later one lifts it.
        var handled = await SafetyMessagesHandledAsync(her);
        await her.PublishAsync(new NeverContactPersonRemoved { CourseId = her.CourseId, TenantId = her.Tenant, PersonId = personId, ChangedAt = listedAt.AddMinutes(-1) });
        await Eventually.Until(() => SafetyMessagesHandledAsync(her), n => n > handled, TimeSpan.FromSeconds(30), "the stale removal handled");
        using (var stillRefused = await her.SaveProfileAsync("08:00", "22:00"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, stillRefused.StatusCode);
        }

        await her.PublishAsync(new NeverContactPersonRemoved { CourseId = her.CourseId, TenantId = her.Tenant, PersonId = personId, ChangedAt = listedAt.AddMinutes(1) });
        await Eventually.Until(async () => (await her.SaveProfileAsync("08:00", "22:00")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the profile allowed again");
    }

    [Fact]
    public async Task A_number_listed_after_her_profile_was_saved_has_its_pending_SMS_cancelled_and_nothing_reaches_the_sidecar()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var today = CopenhagenCalendar.DateAt(fixture.Clock.GetUtcNow());
        await her.PlanMeetingAsync(HerCourse.Danish(today.AddDays(2), 10, 0));

        await ListAsync(her, Guid.NewGuid(), her.Number, fixture.Clock.GetUtcNow());
        var cancelled = Assert.Single(await her.SmsUntilAsync(s => s.Single().State == "Cancelled", "the pending SMS cancelled"));
        Assert.Equal(("never-contact", "Nummeret står på listen over personer, der aldrig må kontaktes"), (cancelled.Reason, cancelled.ReasonLabel));

        // A meeting planned while he is listed gets no SMS either, and its time passing sends nothing.
        await her.PlanMeetingAsync(HerCourse.Danish(today.AddDays(3), 10, 0));
        Assert.All(await her.SmsAsync(), s => Assert.Equal(("Cancelled", "never-contact"), (s.State, s.Reason)));
        fixture.Clock.SetUtcNow(HerCourse.Danish(today.AddDays(2), 12, 0).ToUniversalTime());
        Assert.Equal(0L, await her.ScalarAsync("select count(*) from outbox_messages o join deliveries d on o.scheduling_token_id = d.id where d.course_id = @id"));
        Assert.Empty(fixture.Sidecar.To(her.Number));
    }

    [Fact]
    public async Task A_listing_that_arrives_after_the_SMS_was_planned_but_before_the_claim_is_checked_at_the_claim()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var today = CopenhagenCalendar.DateAt(fixture.Clock.GetUtcNow());
        await her.PlanMeetingAsync(HerCourse.Danish(today.AddDays(2), 11, 0));

        // Written straight into the table, as if the listing's own cancellation had not happened: only the claim's check is left.
        var listed = Fingerprinter.PhoneHashes(her.Tenant, her.Number).Select(h => $"'{h.KeyId}:{h.Hash}'");
        await her.ScalarAsync(
            $"insert into never_contact_people values ('{Guid.NewGuid()}', @id, '{her.Tenant}', array[{string.Join(',', listed)}], true, now())");

        fixture.Clock.SetUtcNow(HerCourse.Danish(today.AddDays(1), 11, 0).ToUniversalTime());
        var held = Assert.Single(await her.SmsUntilAsync(s => s.Single().State == "Cancelled", "the SMS held at the claim"));
        Assert.Equal("never-contact", held.Reason);
        Assert.Empty(fixture.Sidecar.To(her.Number));
    }

    private static Task ListAsync(HerCourse her, Guid personId, string number, DateTimeOffset at) =>
        her.PublishAsync(new NeverContactPersonListed
        {
            CourseId = her.CourseId, TenantId = her.Tenant, PersonId = personId, ChangedAt = at,
            Fingerprints =
            [
                .. Fingerprinter.PhoneHashes(her.Tenant, number).Select(h => new ContactFingerprint { KeyId = h.KeyId, Kind = ContactFingerprintKind.Phone, Hash = h.Hash }),
                .. Fingerprinter.NameHashes(her.Tenant, "Jens Hansen").Select(h => new ContactFingerprint { KeyId = h.KeyId, Kind = ContactFingerprintKind.Name, Hash = h.Hash }),
            ],
        });

    private static async Task<long> SafetyMessagesHandledAsync(HerCourse her) =>
        (long)(await her.ScalarAsync("select count(*) from inbox_messages where consumer = 'notification-safety'"))!;
}
