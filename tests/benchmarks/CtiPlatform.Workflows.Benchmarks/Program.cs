using System.Diagnostics;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using CtiPlatform.Workflows;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Measured console run against the local PostgreSQL and RabbitMQ: 10,000 active courses whose phase 1 ends on
// the same date (their timers fall due at the same instant) are all moved to phase 2, and every PhaseStarted
// reaches a subscriber. Seeding goes through the service's own context and outbox, as if each course had been
// started and moved in through the lifecycle.
const int Courses = 10_000;
var moveIn = new DateOnly(2025, 1, 31);
var boundary = new DateOnly(2025, 4, 30);

var database = new PostgresDatabase();
await database.InitializeAsync();
try
{
    var broker = await RabbitMqVirtualHost.AddressAsync();
    var clock = new ManualTimeProvider(CopenhagenCalendar.StartOf(boundary).AddHours(-12));
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Configuration.AddInMemoryCollection([
        .. TestTokens.Configuration, .. database.ConnectionStrings("workflows-db"),
        new("ConnectionStrings:rabbitmq", broker.ToString()), new("Logging:LogLevel:Default", "Warning"),
        new("MessagingOptions:DispatchBatchSize", "500")]);
    builder.AddServiceDefaults();
    builder.AddWorkflows();
    builder.Services.AddSingleton<TimeProvider>(clock);
    builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.MapWorkflowsApi();
    await app.StartAsync();

    var received = 0;
    var allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    var subscriber = Bus.Factory.CreateUsingRabbitMq(cfg =>
    {
        cfg.Host(broker);
        cfg.ReceiveEndpoint("benchmark-phase-started", e => e.Handler<PhaseStarted>(_ =>
        {
            if (Interlocked.Increment(ref received) == Courses)
            {
                allReceived.TrySetResult();
            }

            return Task.CompletedTask;
        }));
    });
    await (await subscriber.StartAsync()).Ready;

    var seeding = Stopwatch.StartNew();
    await SeedAsync(app.Services, clock);
    Console.WriteLine($"seeded {Courses} courses in phase 1 in {seeding.Elapsed.TotalSeconds:F1} s");

    GC.Collect();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var run = Stopwatch.StartNew();
    clock.SetUtcNow(CopenhagenCalendar.StartOf(boundary));

    // A course's PhaseStarted leaves the outbox only after its transition committed, so the last event received
    // means every transition is done; the database count below confirms it.
    try
    {
        await allReceived.Task.WaitAsync(TimeSpan.FromMinutes(3));
    }
    catch (TimeoutException)
    {
        throw new TimeoutException($"only {Volatile.Read(ref received)} PhaseStarted received after 3 minutes");
    }

    run.Stop();
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var inPhase2 = await ScalarAsync(database.AdminConnectionString, "select count(*) from course_lifecycle_states where current_state = 'Phase2'");
    var journal = await ScalarAsync(database.AdminConnectionString, "select count(*) from course_journal where kind = 'PhaseStarted'");
    Console.WriteLine($"transitioned:            {inPhase2} courses to phase 2, {journal} journal entries, {received} PhaseStarted received by a subscriber");
    Console.WriteLine($"time from due to done:   {run.Elapsed.TotalSeconds:F1} s ({Courses / run.Elapsed.TotalSeconds:F0} courses/s)");
    Console.WriteLine($"allocated during run:    {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024 / 1024} MiB");
    Console.WriteLine($"peak working set:        {process.PeakWorkingSet64 / 1024 / 1024} MiB");
    Console.WriteLine($"managed heap after run:  {GC.GetTotalMemory(forceFullCollection: true) / 1024 / 1024} MiB");
    Console.WriteLine($"cores:                   {Environment.ProcessorCount}");

    await subscriber.StopAsync();
    await app.StopAsync();
}
finally
{
    await database.DisposeAsync();
}

async Task SeedAsync(IServiceProvider services, ManualTimeProvider clock)
{
    var settings = new CourseSettings();
    var today = CopenhagenCalendar.DateAt(clock.GetUtcNow());
    foreach (var chunk in Enumerable.Range(0, Courses).Chunk(500))
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA, "benchmark");
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        foreach (var i in chunk)
        {
            // Approved and moved in on 31 January; the reminders before 30 April are already behind it.
            var course = Course.Approve(Guid.NewGuid(), TestTokens.TenantA, $"worker-{i % 500}", new DateOnly(2025, 1, 20), new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 2), settings)
                .Course.RegisterMoveIn(moveIn, today, settings).Course;
            var due = course.NextDueDate(today, settings)!.Value;
            var token = outbox.Schedule(CourseLifecycleStateDefinition.Address, CopenhagenCalendar.StartOf(due), new CourseTimerDue { CourseId = course.Id, DueDate = due }, NewId.NextGuid());
            db.Courses.Add(new CourseLifecycleState
            {
                CorrelationId = course.Id,
                CurrentState = course.Stage.ToString(),
                TenantId = course.TenantId,
                WorkerId = course.WorkerId,
                NextTransitionDate = course.NextTransitionDate,
                NextDueAt = CopenhagenCalendar.StartOf(due),
                TimerTokenId = token,
                Course = course,
                UpdatedAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync();
    }
}

static async Task<long> ScalarAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToInt64(await command.ExecuteScalarAsync());
}
