using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Web.Tests;

/// <summary>One standalone host (the README's first command) with the web app at its root, and a browser, per test collection.</summary>
public sealed class StandaloneWeb : IAsyncLifetime, IWebPlatform
{
    private static readonly Dictionary<string, string> DemoUsers = new()
    {
        [Roles.Shelter] = WebSession.Shelter,
        [Roles.VisitationCommittee] = WebSession.Committee,
        [Roles.CtiWorker] = WebSession.Worker,
        [Roles.TeamLead] = WebSession.TeamLead,
        [Roles.TenantAdmin] = WebSession.TenantAdmin,
    };

    private StandaloneProcess? host;
    private Browsers? browsers;

    public StandaloneProcess Host => host!;

    public Uri Address => Host.Address;

    public string WorkerSubject => "demo-cti-worker";

    /// <summary>A worker no demo user logs in as.</summary>
    public string OtherWorkerSubject => "demo-anden-medarbejder";

    public string CommitteeMember => "demo-udvalg-danner";

    public async Task InitializeAsync()
    {
        // Every test of the collection approves its courses to the same demo worker and submits its referrals as the same
        // demo shelter, so her caseload and the shelter's submissions a minute grow with the suite; the limits themselves
        // are tested in the referrals service and the gateway.
        host = await StandaloneProcess.StartAsync(
            TimeSpan.FromSeconds(120),
            "--ReferralsOptions:Defaults:CaseloadLimit", "100", "--GatewayOptions:RateLimits:referral-submission:PermitLimit", "1000");
        browsers = await Browsers.LaunchAsync();
    }

    /// <summary>A fresh browser context (no cookies) with one page.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await browsers!.NewContextAsync(Address, width, height);
        return await context.NewPageAsync();
    }

    /// <summary>The demo log-in: the role's button on the log-in page.</summary>
    public Task LogInAsync(IPage page, string role) => WebSession.LogInAsync(page, DemoUsers[role]);

    public HttpClient Api(string role) => Host.Client(role);

    /// <summary>A fresh browser context with one page, logged in as the demo user of a role (<see cref="WebSession"/>).</summary>
    public async Task<IPage> LoggedInPageAsync(string roleLabel, int width = 1280, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await WebSession.LogInAsync(page, roleLabel);
        return page;
    }

    /// <summary>
    /// A new course of the worker's, through the API as the team lead, the shelter and the committee make it: the worker
    /// registered, a referral submitted and approved for her at the last meeting held (decision 026). Its id is the referral's.
    /// </summary>
    public async Task<string> ApprovedCourseAsync(string workerId = "demo-cti-worker")
    {
        using var lead = Host.Client("team-lead");
        using var shelter = Host.Client("shelter");
        using var committee = Host.Client("visitation-committee");
        (await lead.PostAsJsonAsync("/api/referrals/workers", new { workerId })).EnsureSuccessStatusCode();
        return await WebScenarios.ApprovedForAsync(shelter, committee, workerId, CommitteeMember);
    }

    public async Task DisposeAsync()
    {
        if (browsers is not null)
        {
            await browsers.DisposeAsync();
        }

        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
