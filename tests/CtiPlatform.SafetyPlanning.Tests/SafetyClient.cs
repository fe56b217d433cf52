using System.Net;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>Courses made the way the platform makes them (an approval on the bus) and callers in the roles that act on them.</summary>
public sealed class SafetyClient(SafetyFixture fixture)
{
    public const string Prefix = "/api/safety/courses";

    public HttpClient Worker(string worker, string tenant = TestTokens.TenantA) => fixture.Host.Client(Roles.CtiWorker, tenant, subject: worker);

    public HttpClient TeamLead(string tenant = TestTokens.TenantA) => fixture.Host.Client(Roles.TeamLead, tenant, subject: "teamleder-" + tenant);

    public HttpClient Admin(string tenant = TestTokens.TenantA) => fixture.Host.Client(Roles.TenantAdmin, tenant, subject: "admin-" + tenant);

    /// <summary>A course approved to <paramref name="worker"/>, once the service has taken it in.</summary>
    public async Task<Guid> ApprovedCourseAsync(string worker, string tenant = TestTokens.TenantA)
    {
        var courseId = Guid.NewGuid();
        await fixture.Bus.PublishAsync(Approval(courseId, worker, tenant), tenant);
        await WaitUntilVisibleAsync(courseId, worker, tenant);
        return courseId;
    }

    public static ReferralApproved Approval(Guid courseId, string worker, string tenant) => new()
    {
        ReferralId = courseId, TenantId = tenant, WorkerId = worker, ExpectedMoveOutDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
        ApprovedAt = DateTimeOffset.UtcNow,
    };

    public async Task WaitUntilVisibleAsync(Guid courseId, string worker, string tenant = TestTokens.TenantA)
    {
        using var client = Worker(worker, tenant);
        await Eventually.Until(async () => (await client.GetAsync($"{Prefix}/{courseId}")).StatusCode,
            status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the course taken in from its approval");
    }
}
