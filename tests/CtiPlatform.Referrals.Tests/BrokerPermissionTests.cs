using System.Net.Http.Json;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using CtiPlatform.Workflows;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CtiPlatform.Referrals.Tests;

/// <summary>
/// Referrals and workflows each connect as the broker user deployments give them (charts/cti-platform/broker-permissions.json):
/// enough for the event flow between them, and nothing of the other's.
/// </summary>
public sealed class BrokerPermissionTests
{
    private const ushort AccessRefused = 403;

    [Fact]
    public async Task Referrals_and_workflows_carry_a_course_from_approval_to_phase_one_and_a_reassignment_each_as_its_own_broker_user()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        var referralsDb = new PostgresDatabase();
        var workflowsDb = new PostgresDatabase();
        await referralsDb.InitializeAsync();
        await workflowsDb.InitializeAsync();
        try
        {
            await using var referralsHost = await ReferralsService.StartAsync(
            [
                .. referralsDb.ConnectionStrings("referrals-db"),
                .. TestMessaging.RabbitMq(await vhost.ServiceAddressAsync("referrals")),
                .. TestKeyRings.Fresh(),
                new("ReferralsOptions:Defaults:FirstCommitteeMeeting", ReferralsFixture.FirstMeeting),
                .. ReferralsFixture.CommitteeMembers,
            ]);
            await using var workflowsHost = await ServiceHost.StartAsync(
                [.. workflowsDb.ConnectionStrings("workflows-db"), .. TestMessaging.RabbitMq(await vhost.ServiceAddressAsync("workflows"))],
                builder => builder.AddWorkflows(),
                app => app.MapWorkflowsApi());
            await workflowsHost.WaitUntilReadyAsync();
            var referrals = new ReferralsClient(referralsHost);
            const string worker = "worker-own-broker-user";

            // Referrals publishes the approval; workflows starts the course from it.
            var id = await referrals.SubmitAsync();
            (await referrals.ApproveAsync(id, worker)).EnsureSuccessStatusCode();
            using var workflowsWorker = workflowsHost.Client(Roles.CtiWorker, subject: worker);
            await Eventually.Until(async () => (await workflowsWorker.GetAsync($"/api/courses/{id}")).StatusCode,
                status => status == System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the course started from the approval");

            // Workflows publishes the move-in and phase 1; referrals weighs the worker's caseload from them.
            var today = CopenhagenCalendar.DateAt(DateTimeOffset.UtcNow);
            (await workflowsWorker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = today })).EnsureSuccessStatusCode();
            using var lead = referrals.As(Roles.TeamLead);
            await Eventually.Until(
                async () => (await lead.GetFromJsonAsync<Api.WorkerCaseloadView[]>("/api/referrals/caseload", TestJson.Options))!.SingleOrDefault(c => c.WorkerId == worker),
                c => c?.PhaseOneCourses == 1, TimeSpan.FromSeconds(30), "phase 1 on the referrals caseload");

            // Referrals publishes a reassignment; workflows moves the course to the new worker.
            const string successor = "worker-own-broker-user-successor";
            await referrals.RegisterWorkerAsync(successor);
            (await lead.PostAsJsonAsync($"/api/referrals/{id}/reassign", new Api.ReassignRequest(successor, "Orlov"), TestJson.Options)).EnsureSuccessStatusCode();
            using var successorClient = workflowsHost.Client(Roles.CtiWorker, subject: successor);
            await Eventually.Until(async () => (await successorClient.GetAsync($"/api/courses/{id}")).StatusCode,
                status => status == System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the course moved to the new worker");

            // A refused message reaches the service's error queue (and its fault is published) with the same user.
            await using var forger = await EventCapture.StartAsync(vhost.Address, "broker-permission-forger");
            await forger.PublishAsync(new PhaseStarted
            {
                CourseId = id, TenantId = TestTokens.TenantA, WorkerId = worker, Phase = 2, StartDate = today, PlannedEndDate = today.AddMonths(3),
            }, TestTokens.TenantB);
            await Eventually.Until(() => vhost.PeekAsync("phase-started_error"), m => m.Count == 1, TimeSpan.FromSeconds(30), "the forged event in the error queue");
        }
        finally
        {
            await workflowsDb.DisposeAsync();
            await referralsDb.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("referrals", "course-lifecycle")]
    [InlineData("workflows", "phase-started")]
    public async Task A_service_may_not_consume_another_services_queue(string service, string queue)
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await DeclareAsync(vhost.Address, queue);
        await using var connection = await new ConnectionFactory { Uri = await vhost.ServiceAddressAsync(service) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => channel.BasicConsumeAsync(queue, autoAck: false, new AsyncEventingBasicConsumer(channel)));

        Assert.Equal(AccessRefused, channel.CloseReason?.ReplyCode ?? 0);
    }

    [Theory]
    [InlineData("referrals", "CtiPlatform.Contracts.Courses:PhaseStarted")]
    [InlineData("referrals", "course-lifecycle")]
    [InlineData("workflows", "CtiPlatform.Contracts.Referrals:ReferralApproved")]
    [InlineData("workflows", "phase-started")]
    public async Task A_service_may_not_publish_another_services_events_nor_send_to_its_queue(string service, string exchange)
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await DeclareAsync(vhost.Address, exchange);
        await using var connection = await new ConnectionFactory { Uri = await vhost.ServiceAddressAsync(service) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

        await Assert.ThrowsAnyAsync<Exception>(async () => await channel.BasicPublishAsync(exchange, "", "{}"u8.ToArray()));

        Assert.Equal(AccessRefused, channel.CloseReason?.ReplyCode ?? 0);
    }

    /// <summary>As the other service would have: a queue and an exchange of that name, bound.</summary>
    private static async Task DeclareAsync(Uri admin, string name)
    {
        await using var connection = await new ConnectionFactory { Uri = admin }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true);
        await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(name, name, "");
    }
}
