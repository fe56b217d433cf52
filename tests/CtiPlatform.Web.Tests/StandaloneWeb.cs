using CtiPlatform.ServiceDefaults.Security;
using Microsoft.Playwright;

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
        // Every test of the collection approves its courses to the same demo worker, so her caseload grows with the
        // suite; the limit itself is the referrals service's and tested there.
        host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(120), "--ReferralsOptions:Defaults:CaseloadLimit", "100");
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
