using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.Referrals.Tests;

public sealed class IdempotentSubmissionTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    [Fact]
    public async Task A_retry_with_the_same_key_and_content_gets_the_first_referral_back_and_stores_nothing_new()
    {
        using var shelter = new ReferralsClient(fixture.Host).Shelter();
        var request = ReferralRequests.Valid();
        var key = Guid.NewGuid().ToString();

        var first = await SubmitAsync(shelter, request, key);
        var retry = await SubmitAsync(shelter, request, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["true"], retry.Headers.GetValues("Idempotent-Replayed"));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        var id = (await first.Content.ReadFromJsonAsync<ReferralStatusView>(TestJson.Options))!.Id;
        Assert.Equal(id, (await retry.Content.ReadFromJsonAsync<ReferralStatusView>(TestJson.Options))!.Id);
        Assert.Equal(1, await CountReferralsOfAsync(request));
    }

    [Fact]
    public async Task Ten_simultaneous_retries_with_one_key_make_one_referral_and_all_answer_with_it()
    {
        using var shelter = new ReferralsClient(fixture.Host).Shelter();
        var request = ReferralRequests.Valid();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SubmitAsync(shelter, request, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<ReferralStatusView>(TestJson.Options))!.Id));
        var id = Assert.Single(ids.Distinct());
        Assert.Equal(1, await CountReferralsOfAsync(request));
        Assert.Equal(1, await CountAsync("select count(*) from submission_keys where key = @value", key));

        // The losers' events and access-log lines went back with their referrals.
        Assert.Equal(1, await CountAsync("select count(*) from access_log where subject_id = @value and action = 'change'", id.ToString()));
    }

    [Fact]
    public async Task A_key_reused_for_different_content_is_refused_naming_the_header_and_nothing_is_stored()
    {
        using var shelter = new ReferralsClient(fixture.Host).Shelter();
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(shelter, ReferralRequests.Valid(), key)).StatusCode);
        var other = ReferralRequests.Valid();

        var response = await SubmitAsync(shelter, other, key);

        await response.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "Idempotency-Key", "IdempotencyKeyReused");
        Assert.Equal(0, await CountReferralsOfAsync(other));
    }

    [Theory]
    [InlineData("")]
    [InlineData("key with spaces")]
    public async Task A_malformed_key_is_a_400_naming_the_header_and_its_rule(string key)
    {
        using var shelter = new ReferralsClient(fixture.Host).Shelter();
        var request = ReferralRequests.Valid();

        var response = await SubmitAsync(shelter, request, key);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "Idempotency-Key", "IdempotencyKeyFormat");
        Assert.Equal(0, await CountReferralsOfAsync(request));
    }

    [Fact]
    public async Task A_key_longer_than_255_characters_is_refused()
    {
        using var shelter = new ReferralsClient(fixture.Host).Shelter();

        var response = await SubmitAsync(shelter, ReferralRequests.Valid(), new string('k', 256));

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "Idempotency-Key", "IdempotencyKeyFormat");
    }

    [Fact]
    public async Task The_same_key_from_another_submitter_or_tenant_is_another_referral()
    {
        var key = Guid.NewGuid().ToString();
        var request = ReferralRequests.Valid();
        using var shelterA = new ReferralsClient(fixture.Host).Shelter(ReferralsClient.ShelterA);
        using var shelterB = new ReferralsClient(fixture.Host).Shelter(ReferralsClient.ShelterB);
        using var otherTenant = new ReferralsClient(fixture.Host, TestTokens.TenantB).Shelter(ReferralsClient.ShelterA);

        var responses = new[] { await SubmitAsync(shelterA, request, key), await SubmitAsync(shelterB, request, key), await SubmitAsync(otherTenant, request, key) };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.All(responses, r => Assert.False(r.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(3, await CountReferralsOfAsync(request));
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, SubmitReferralRequest request, string key)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(request, options: TestJson.Options) };
        message.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(message);
    }

    // Her name is encrypted; the date of birth, in clear, tells this class's requests apart.
    private Task<long> CountReferralsOfAsync(SubmitReferralRequest request) =>
        CountAsync("select count(*) from referrals where woman_date_of_birth = @value", request.Woman!.DateOfBirth!.Value);

    private async Task<long> CountAsync(string sql, object value)
    {
        await using var admin = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        command.Parameters.AddWithValue("value", value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
