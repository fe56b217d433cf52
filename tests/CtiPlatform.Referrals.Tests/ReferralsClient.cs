using System.Globalization;
using System.Net.Http.Json;
using CtiPlatform.Domain;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>The steps of a referral's life over HTTP, for tests that need a referral in some state.</summary>
public sealed class ReferralsClient(ServiceHost host, string tenant = TestTokens.TenantA)
{
    public const string ShelterA = "krisecenter-a";
    public const string ShelterB = "krisecenter-b";

    /// <summary>The committee members who take part in the decisions made here: Danner's and the homelessness unit's representatives.</summary>
    public static readonly IReadOnlyList<string> Participants = ["udvalg-danner", "udvalg-hjemloeseenheden"];

    private static readonly VisitationCalendar Calendar =
        new ReferralSettings { FirstCommitteeMeeting = DateOnly.Parse(ReferralsFixture.FirstMeeting, CultureInfo.InvariantCulture) }.Calendar;

    /// <summary>The fixture's last meeting on or before today in Denmark: decisions are recorded for a held meeting.</summary>
    public static readonly DateOnly HeldMeeting = Calendar.MeetingsFrom(Today.AddDays(-40)).TakeWhile(d => d <= Today).Last();

    /// <summary>The fixture's first meeting after today: a referral submitted now goes on its agenda.</summary>
    public static readonly DateOnly NextMeeting = Calendar.MeetingsFrom(Today.AddDays(1)).First();

    private static DateOnly Today => CopenhagenCalendar.DateAt(DateTimeOffset.UtcNow);

    public HttpClient Shelter(string organisation = ShelterA) => host.Client(Roles.Shelter, tenant, organisation, $"shelter-user-{organisation}");

    public HttpClient Committee() => host.Client(Roles.VisitationCommittee, tenant);

    public HttpClient Worker(string workerId) => host.Client(Roles.CtiWorker, tenant, subject: workerId);

    public HttpClient As(string role) => host.Client(role, tenant);

    public async Task<Guid> SubmitAsync(SubmitReferralRequest? request = null, string organisation = ShelterA)
    {
        using var shelter = Shelter(organisation);
        var response = await shelter.PostAsJsonAsync("/api/referrals", request ?? ReferralRequests.Valid(), TestJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ReferralStatusView>(TestJson.Options))!.Id;
    }

    /// <summary>Registers the worker (a no-op when she is registered), as a team lead does before the committee assigns her.</summary>
    public async Task RegisterWorkerAsync(string workerId)
    {
        using var lead = As(Roles.TeamLead);
        (await lead.PostAsJsonAsync("/api/referrals/workers", new RegisterWorkerRequest(workerId), TestJson.Options)).EnsureSuccessStatusCode();
    }

    /// <summary>Approves and assigns <paramref name="workerId"/>, registering her first unless told not to.</summary>
    public async Task<HttpResponseMessage> ApproveAsync(
        Guid id, string workerId, string? reason = null, string? overrideReason = null, bool registerWorker = true)
    {
        if (registerWorker)
        {
            await RegisterWorkerAsync(workerId);
        }

        using var committee = Committee();
        return await committee.PostAsJsonAsync($"/api/referrals/{id}/approve",
            new DecisionRequest(HeldMeeting, Participants, reason, workerId, overrideReason), TestJson.Options);
    }

    public async Task<HttpResponseMessage> DeclineAsync(Guid id, string? reason)
    {
        using var committee = Committee();
        return await committee.PostAsJsonAsync($"/api/referrals/{id}/decline", new DecisionRequest(HeldMeeting, Participants, reason, null, null), TestJson.Options);
    }

    public async Task<ReferralView> GetAsync(Guid id)
    {
        using var committee = Committee();
        return (await committee.GetFromJsonAsync<ReferralView>($"/api/referrals/{id}", TestJson.Options))!;
    }
}
