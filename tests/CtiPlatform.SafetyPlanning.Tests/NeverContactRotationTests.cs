using System.Net.Http.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// A rotation of the contact-matching ring: a replica started with a new current key publishes every listed person's
/// fingerprints again, the new key's first, so consumers hold them before the old key leaves the rings.
/// </summary>
public sealed class NeverContactRotationTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    [Fact]
    public async Task A_start_under_a_new_current_key_republishes_every_listed_person_under_it_and_no_removed_one()
    {
        var safety = new SafetyClient(fixture);
        var courseId = await safety.ApprovedCourseAsync("medarbejder-rotation");
        using var worker = safety.Worker("medarbejder-rotation");
        var listed = await NeverContactTests.ListedAsync(worker, courseId, new NeverContactPersonRequest(NeverContactRelation.ExPartner, ["Rune Roterer"], ["20304050"]));
        var removed = await NeverContactTests.ListedAsync(worker, courseId, new NeverContactPersonRequest(NeverContactRelation.HisCircle, ["Fjernet Ven"], []));
        (await worker.PostAsJsonAsync($"{NeverContactTests.List(courseId)}/{removed.Id}/removal", new RemoveNeverContactPersonRequest("Ikke længere en fare"), TestJson.Options))
            .EnsureSuccessStatusCode();
        await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<NeverContactPersonRemoved>(courseId)), m => m.Count == 1, TimeSpan.FromSeconds(30), "the removal published");

        var newKey = TestKeyRings.NewKey();
        var logs = new LogCapture();
        await using var rotated = await SafetyService.StartAsync(
            [
                .. fixture.Database.ConnectionStrings("safetyplanning-db"),
                .. TestMessaging.RabbitMq(await fixture.VirtualHost.ServiceAddressAsync("safetyplanning")),
                .. fixture.KeyRing.Where(k => k.Key != "ContactMatchingOptions:CurrentKeyId"),
                new("ContactMatchingOptions:Keys:m2", newKey),
                new("ContactMatchingOptions:CurrentKeyId", "m2"),
            ],
            services => services.AddLogging(logging => logging.AddProvider(logs)));

        await Eventually.Until(() => Task.FromResult(logs.Lines.Where(l => l.Contains("Republished", StringComparison.Ordinal)).ToList()), l => l.Count == 1,
            TimeSpan.FromSeconds(30), "the republish finished");
        await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<NeverContactPersonListed>(courseId)), m => m.Count == 3, TimeSpan.FromSeconds(30), "the republish published");
        var fingerprinter = NeverContactTests.Fingerprinter(("m2", newKey));
        Assert.Equal(
            [.. NeverContactTests.Hashes(fingerprinter.PhoneHashes(TestTokens.TenantA, "20304050"), ContactFingerprintKind.Phone),
             .. NeverContactTests.Hashes(fingerprinter.NameHashes(TestTokens.TenantA, "Rune Roterer"), ContactFingerprintKind.Name)],
            NeverContactTests.Fingerprints(fixture.Bus.Of<NeverContactPersonListed>(courseId)[2]));
        Assert.StartsWith("m2/", NeverContactTests.Fingerprints(fixture.Bus.Of<NeverContactPersonListed>(courseId)[2])[0], StringComparison.Ordinal);
        Assert.Contains(listed.Id.ToString(), fixture.Bus.Of<NeverContactPersonListed>(courseId)[2].Body, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.Contains("Republished the fingerprints of 1 never-contact people", StringComparison.Ordinal));
        Assert.Equal("m2", await FingerprintKeyAsync(listed.Id));
    }

    private async Task<string?> FingerprintKeyAsync(Guid personId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select fingerprint_key_id from never_contact_people where id = @id", connection);
        command.Parameters.AddWithValue("id", personId);
        return (string?)await command.ExecuteScalarAsync();
    }
}
