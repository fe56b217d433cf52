using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Referrals.Api;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.Testing;
using Xunit.Abstractions;

namespace CtiPlatform.Referrals.Tests;

public sealed class ParallelSubmissionTests(ReferralsFixture fixture, ITestOutputHelper output) : IClassFixture<ReferralsFixture>
{
    [Fact]
    public async Task Two_hundred_referrals_submitted_in_parallel_are_all_stored_once()
    {
        var referrals = new ReferralsClient(fixture.Host);
        using var shelter = referrals.Shelter();
        var requests = Enumerable.Range(0, 200).Select(_ => ReferralRequests.Valid()).ToList();
        var clock = Stopwatch.StartNew();

        var responses = await Task.WhenAll(requests.Select(r => shelter.PostAsJsonAsync("/api/referrals", r, TestJson.Options)));
        clock.Stop();
        output.WriteLine($"200 parallel submissions in {clock.ElapsedMilliseconds} ms: {200 / clock.Elapsed.TotalSeconds:F0} referrals/s");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<ReferralStatusView>(TestJson.Options))!.Id));
        var (stored, pages) = await PagedLists.AllAsync<ReferralStatusView>(shelter, "/api/referrals/submitted", TestJson.Options, limit: 30);
        Assert.Equal(200, ids.Distinct().Count());
        Assert.Equal(ids.Order(), stored.Select(s => s.Id).Where(ids.Contains).Order());
        Assert.Equal(200, stored.Count(s => ids.Contains(s.Id)));

        // Walked a page at a time in submission order, the list neither repeats nor skips a referral.
        Assert.Equal(stored.Count, stored.Select(s => s.Id).Distinct().Count());
        Assert.Equal(stored.Select(s => s.Id).Order(), stored.Select(s => s.Id));
        Assert.True(pages >= 7, $"200 referrals at 30 a page took {pages} pages");
    }
}
