using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CtiPlatform.Persistence;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Application;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CtiPlatform.Referrals.Tests;

/// <summary>
/// Her data at rest (docs/decisions/021-personal-data-keys.md, 022-encrypted-referral-fields.md): encrypted per
/// municipality under a named key, bound to its row and column, and rotated to a new key without downtime. Each test
/// has its own database and starts the service as often as a deployment would, with the key ring of that step.
/// </summary>
public sealed class PersonalDataAtRestTests : IAsyncLifetime
{
    private const string ProtectedColumns =
        "woman_protected_name, woman_protected_cpr, woman_protected_phone, protected_children, protected_children_with_father, protected_shelter_contact_name, protected_shelter_contact_phone";

    private readonly PostgresDatabase database = new();
    private readonly LogCapture logs = new();
    private IsolatedVirtualHost broker = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        broker = await IsolatedVirtualHost.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await broker.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Her_data_is_stored_under_the_current_key_id_and_none_of_it_in_clear()
    {
        await using var host = await StartAsync(TestKeyRings.Ring("k7", ("k7", TestKeyRings.NewKey())));
        var referrals = new ReferralsClient(host);
        var request = ReferralRequests.Valid(cpr: ReferralRequests.CprFor(new DateOnly(1985, 3, 4), "4321"), dateOfBirth: new DateOnly(1985, 3, 4));

        var id = await referrals.SubmitAsync(request);

        var stored = await ProtectedValuesAsync($"where id = '{id}'");
        Assert.Equal(7, stored.Count);
        Assert.All(stored, value => Assert.StartsWith("v2:k7:", value));
        var justifications = (await CriteriaAsync(id)).Where(j => j.Length > 0).ToList();
        Assert.NotEmpty(justifications);
        Assert.All(justifications, value => Assert.StartsWith("v2:k7:", value));
        var raw = await RawRowAsync(id);
        foreach (var clear in new[] { request.Woman!.Name!, "1985034321", "0403854321", "12 34 56 78", "Ida", "Karl", "Kontaktperson", "87 65 43 21", "Vurderet" })
        {
            Assert.DoesNotContain(clear, raw, StringComparison.OrdinalIgnoreCase);
        }

        var view = await referrals.GetAsync(id);
        Assert.Equal((request.Woman.Name, "0403854321", "+45 12 34 56 78"), (view.Woman.Name, view.Woman.Cpr, view.Woman.Phone));
        Assert.Equal("Ida", Assert.Single(view.Children).FirstName);
        Assert.Equal("Karl", Assert.Single(view.ChildrenWithFather).FirstName);
        Assert.Equal(request.ShelterContact, view.ShelterContact);
        Assert.Equal(request.Criteria!.Select(c => c.Justification ?? ""), view.Criteria.Select(c => c.Justification));
    }

    [Theory]
    [InlineData("another row", "update referrals set woman_protected_phone = (select woman_protected_phone from referrals where id = @other) where id = @target")]
    [InlineData("another column", "update referrals set woman_protected_phone = protected_shelter_contact_phone where id = @target")]
    [InlineData("another municipality", "update referrals set woman_protected_phone = (select woman_protected_phone from referrals where id = @other) where id = @target")]
    public async Task A_ciphertext_copied_from_elsewhere_does_not_decrypt_and_the_read_is_refused_naming_the_rule_without_her_data(string from, string copy)
    {
        await using var host = await StartAsync(TestKeyRings.Fresh());
        var target = await new ReferralsClient(host).SubmitAsync();
        var other = await new ReferralsClient(host, from == "another municipality" ? TestTokens.TenantB : TestTokens.TenantA)
            .SubmitAsync(ReferralRequests.Valid() with { Woman = ReferralRequests.Valid().Woman! with { Phone = "+45 99 88 77 66" } });
        await ExecuteAsync(copy, ("target", target), ("other", other));

        using var committee = new ReferralsClient(host).Committee();
        var response = await committee.GetAsync($"/api/referrals/{target}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("ProtectedDataUnreadable", problem.GetProperty("rule").GetString());
        var body = problem.GetRawText();
        Assert.DoesNotContain("99 88 77 66", body, StringComparison.Ordinal);
        Assert.DoesNotContain("87 65 43 21", body, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, line => line.Contains(target.ToString(), StringComparison.Ordinal) && line.Contains("does not decrypt", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("99 88 77 66", StringComparison.Ordinal) || line.Contains("87 65 43 21", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rotation_keeps_every_referral_readable_and_the_duplicate_check_finding_her_before_during_and_after_reencryption()
    {
        var (key1, key2) = (TestKeyRings.NewKey(), TestKeyRings.NewKey());
        var dateOfBirth = new DateOnly(1981, 6, 15);
        var her = ReferralRequests.Valid(name: "Birgitte Rotation", dateOfBirth: dateOfBirth, cpr: ReferralRequests.CprFor(dateOfBirth, "2468"));
        var others = new List<(Guid Id, string Tenant)>();
        Guid first;

        // Key 1 alone. She comes last, so the first batch of the re-encryption passes her by.
        await using (var host = await StartAsync(TestKeyRings.Ring("k1", ("k1", key1))))
        {
            var referrals = new ReferralsClient(host);
            for (var i = 0; i < 4; i++)
            {
                others.Add((await referrals.SubmitAsync(), TestTokens.TenantA));
            }

            others.Add((await new ReferralsClient(host, TestTokens.TenantB).SubmitAsync(), TestTokens.TenantB));
            first = await referrals.SubmitAsync(her);
        }

        Assert.Equal(["k1"], await KeyIdsAsync());

        // Key 2 current, key 1 still in the ring; one batch re-encrypted, the rest not yet.
        await using (var host = await StartAsync(TestKeyRings.Ring("k2", ("k1", key1), ("k2", key2))))
        {
            await RewriteOneBatchAsync(host, TestTokens.TenantA, batchSize: 2);
            Assert.Equal(["k1", "k2"], await KeyIdsAsync());
            Assert.StartsWith("v2:k1:", (await ProtectedValuesAsync($"where id = '{first}'"))[0]);
            await AssertReadableAsync(host, first, others);

            // The same CPR number under another spelling of her name: only the CPR hash, still under key 1, can find her.
            var again = await new ReferralsClient(host).SubmitAsync(her with { Woman = her.Woman! with { Name = "B. Rotation" } });
            Assert.Contains(first, (await new ReferralsClient(host).GetAsync(again)).PossibleDuplicates);
            others.Add((again, TestTokens.TenantA));
        }

        // Started with re-encryption on, the service rewrites everything under key 2.
        await using (var host = await StartAsync(TestKeyRings.Ring("k2", ("k1", key1), ("k2", key2)), reencrypt: true))
        {
            var unreadable = await host.Services.GetRequiredService<ReencryptionJob>().Finished.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, unreadable);
        }

        Assert.Equal(["k2"], await KeyIdsAsync());

        // Key 1 leaves the ring: all still readable, and she is still found.
        await using (var host = await StartAsync(TestKeyRings.Ring("k2", ("k2", key2))))
        {
            await AssertReadableAsync(host, first, others);
            var third = await new ReferralsClient(host).SubmitAsync(her with { Woman = her.Woman! with { Name = "Birgitte R." } });
            Assert.Contains(first, (await new ReferralsClient(host).GetAsync(third)).PossibleDuplicates);
        }
    }

    [Fact]
    public async Task A_rotation_rewrites_the_attached_action_plan_under_the_new_key_and_it_opens_after_the_old_key_left()
    {
        var (key1, key2) = (TestKeyRings.NewKey(), TestKeyRings.NewKey());
        var pdf = ActionPlanContent.Pdf("Handleplan under rotation");
        Guid id;
        await using (var host = await StartAsync(TestKeyRings.Ring("k1", ("k1", key1))))
        {
            id = await new ReferralsClient(host).SubmitAsync();
            using var shelter = new ReferralsClient(host).Shelter();
            (await shelter.PutAsync($"/api/referrals/{id}/action-plan", ActionPlanContent.AsPdf(pdf))).EnsureSuccessStatusCode();
        }

        Assert.Equal("k1", await ActionPlanKeyAsync(id));

        await using (var host = await StartAsync(TestKeyRings.Ring("k2", ("k1", key1), ("k2", key2)), reencrypt: true))
        {
            Assert.Equal(0, await host.Services.GetRequiredService<ReencryptionJob>().Finished.WaitAsync(TimeSpan.FromSeconds(60)));
        }

        Assert.Equal("k2", await ActionPlanKeyAsync(id));
        await using (var host = await StartAsync(TestKeyRings.Ring("k2", ("k2", key2))))
        {
            using var committee = new ReferralsClient(host).Committee();
            Assert.Equal(pdf, await committee.GetByteArrayAsync($"/api/referrals/{id}/action-plan"));
        }
    }

    [Fact]
    public async Task Values_from_before_key_ids_are_read_with_the_legacy_key_found_by_their_old_hash_and_rewritten_under_the_current_key()
    {
        var (legacy, key1) = (RandomNumberGenerator.GetBytes(32), TestKeyRings.NewKey());
        var dateOfBirth = new DateOnly(1977, 2, 1);
        var her = ReferralRequests.Valid(name: "Dorthe Legacy", dateOfBirth: dateOfBirth, cpr: ReferralRequests.CprFor(dateOfBirth, "1357"));
        Guid id;
        await using (var host = await StartAsync(TestKeyRings.Ring("k1", ("k1", key1))))
        {
            id = await new ReferralsClient(host).SubmitAsync(her);
        }

        // As the single unversioned key wrote them (v1), and as migration 0003 marked fields that were in clear (v0).
        await ExecuteAsync(
            "update referrals set woman_protected_cpr = @cpr, woman_cpr_lookup_hash = @hash, woman_protected_name = 'v0:Dorthe Legacy', "
            + "protected_children = 'v0:[{\"firstName\":\"Ida\",\"age\":6}]' where id = @target",
            ("target", id), ("cpr", LegacyProtect("0102771357", legacy)), ("hash", LegacyHash("cpr:0102771357", legacy)));
        IEnumerable<KeyValuePair<string, string?>> ring =
            [.. TestKeyRings.Ring("k1", ("k1", key1)), new("PersistenceOptions:LegacyEncryptionKey", Convert.ToBase64String(legacy))];

        await using (var host = await StartAsync(ring))
        {
            var view = await new ReferralsClient(host).GetAsync(id);
            Assert.Equal(("Dorthe Legacy", "0102771357", "Ida"), (view.Woman.Name, view.Woman.Cpr, view.Children[0].FirstName));
            var again = await new ReferralsClient(host).SubmitAsync(her with { Woman = her.Woman! with { Name = "D. Legacy" } });
            Assert.Contains(id, (await new ReferralsClient(host).GetAsync(again)).PossibleDuplicates);
        }

        await using (var host = await StartAsync(ring, reencrypt: true))
        {
            Assert.Equal(0, await host.Services.GetRequiredService<ReencryptionJob>().Finished.WaitAsync(TimeSpan.FromSeconds(60)));
        }

        Assert.All(await ProtectedValuesAsync($"where id = '{id}'"), value => Assert.StartsWith("v2:k1:", value));
        await using (var host = await StartAsync(TestKeyRings.Ring("k1", ("k1", key1))))
        {
            Assert.Equal("0102771357", (await new ReferralsClient(host).GetAsync(id)).Woman.Cpr);
        }
    }

    [Theory]
    [InlineData("PersistenceOptions:EncryptionKey", "no longer read")]
    [InlineData("PersistenceOptions:CurrentKeyId", "must name a key")]
    [InlineData("PersistenceOptions:EncryptionKeys:K2", "lower-case letters or digits")]
    [InlineData("PersistenceOptions:EncryptionKeys:short", "at least 32 bytes")]
    public void The_service_refuses_to_start_with_a_key_ring_it_cannot_use(string key, string problem)
    {
        var value = key switch
        {
            "PersistenceOptions:CurrentKeyId" => "k9",
            "PersistenceOptions:EncryptionKeys:short" => Convert.ToBase64String(new byte[16]),
            _ => TestKeyRings.NewKey(),
        };
        var configuration = new Dictionary<string, string?>(TestKeyRings.Fresh(), StringComparer.OrdinalIgnoreCase) { [key] = value };
        using var app = ReferralsService.Build([.. database.ConnectionStrings("referrals-db"), .. TestMessaging.RabbitMq(broker.Address), .. configuration]);

        var refused = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value);

        Assert.Contains(problem, refused.Message, StringComparison.Ordinal);
    }

    private static async Task AssertReadableAsync(ServiceHost host, Guid her, IEnumerable<(Guid Id, string Tenant)> others)
    {
        Assert.Equal("Birgitte Rotation", (await new ReferralsClient(host).GetAsync(her)).Woman.Name);
        foreach (var (id, tenant) in others)
        {
            var view = await new ReferralsClient(host, tenant).GetAsync(id);
            Assert.Equal("+45 12 34 56 78", view.Woman.Phone);
            Assert.Equal("+45 87 65 43 21", view.ShelterContact.Phone);
        }
    }

    private static async Task RewriteOneBatchAsync(ServiceHost host, string tenantId, int batchSize)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, "test");
        var batch = await scope.ServiceProvider.GetRequiredService<ReferralReencryption>().RewriteBatchAsync(null, batchSize, CancellationToken.None);
        Assert.Equal(batchSize, batch.Rewritten);
    }

    // The legacy format exactly as the single unversioned key wrote it: HKDF of the master, no tenant, no associated data.
    private static string LegacyProtect(string plaintext, byte[] master)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.UTF8.GetBytes("cti-personal-data-encryption"));
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[12 + 16 + plain.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(output.AsSpan(0, 12), plain, output.AsSpan(28), output.AsSpan(12, 16));
        return "v1:" + Convert.ToBase64String(output);
    }

    private static string LegacyHash(string value, byte[] master) => Convert.ToHexString(HMACSHA256.HashData(
        HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.UTF8.GetBytes("cti-personal-data-lookup")), Encoding.UTF8.GetBytes(value)));

    private Task<ServiceHost> StartAsync(IEnumerable<KeyValuePair<string, string?>> keyRing, bool reencrypt = false) =>
        ReferralsService.StartAsync(
            [
                .. database.ConnectionStrings("referrals-db"),
                .. TestMessaging.RabbitMq(broker.Address),
                .. keyRing,
                new("PersistenceOptions:ReencryptOnStart", reencrypt.ToString()),
                new("PersistenceOptions:ReencryptionBatchSize", "2"),
            ],
            services => services.AddLogging(logging => logging.AddProvider(logs)));

    /// <summary>The key the action plan names in its own ciphertext, checked against its key_id column.</summary>
    private async Task<string> ActionPlanKeyAsync(Guid id)
    {
        await using var admin = new NpgsqlConnection(database.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"select protected_content, key_id from referral_action_plans where referral_id = '{id}'", admin);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var named = Encoding.ASCII.GetString(reader.GetFieldValue<byte[]>(0), 0, 8).Split(':')[1];
        Assert.Equal(named, reader.GetString(1));
        return named;
    }

    /// <summary>The key ids of every protected value in the table, read as the database holds them.</summary>
    private async Task<IReadOnlyList<string>> KeyIdsAsync() =>
        (await ProtectedValuesAsync("")).Select(v => v.Split(':')[1]).Distinct().Order(StringComparer.Ordinal).ToList();

    private async Task<List<string>> ProtectedValuesAsync(string where)
    {
        var values = new List<string>();
        await using var admin = new NpgsqlConnection(database.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"select {ProtectedColumns} from referrals {where} order by id", admin);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (!reader.IsDBNull(i))
                {
                    values.Add(reader.GetString(i));
                }
            }
        }

        return values;
    }

    private async Task<IReadOnlyList<string>> CriteriaAsync(Guid id)
    {
        await using var admin = new NpgsqlConnection(database.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"select criteria from referrals where id = '{id}'", admin);
        using var criteria = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
        return criteria.RootElement.EnumerateArray().Select(c => c.GetProperty("protectedJustification").GetString()!).ToList();
    }

    /// <summary>The whole row as text, to search for anything of hers in clear.</summary>
    private async Task<string> RawRowAsync(Guid id)
    {
        await using var admin = new NpgsqlConnection(database.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"select r::text from referrals r where id = '{id}'", admin);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var admin = new NpgsqlConnection(database.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
