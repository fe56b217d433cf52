using System.Collections.Concurrent;
using System.Diagnostics;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using CtiPlatform.Workflows;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Measured console run against the local PostgreSQL and RabbitMQ: 10,000 active courses whose phase 1 ends on
// the same date (their timers fall due at the same instant) are all moved to phase 2, and every PhaseStarted
// reaches a subscriber. Seeding goes through the service's own context and outbox, as if each course had been
// started and moved in through the lifecycle. The whole run is bounded by --deadline-seconds; past it, the run
// reports which phase ends never arrived and exits with 1.
var courses = CommandLineOption.Int(args, "--courses", 10_000);
var deadline = new Deadline(TimeSpan.FromSeconds(CommandLineOption.Int(args, "--deadline-seconds", 600)));
var moveIn = new DateOnly(2025, 1, 31);
var boundary = new DateOnly(2025, 4, 30);

var database = new PostgresDatabase();
await database.InitializeAsync();
try
{
    var broker = await RabbitMqVirtualHost.AddressAsync();
    var clock = new ManualTimeProvider(CopenhagenCalendar.StartOf(boundary).AddHours(-12));
    await using var host = await ServiceHost.StartAsync(
        [
            .. database.ConnectionStrings("workflows-db"), new("ConnectionStrings:rabbitmq", broker.ToString()),
            new("Logging:LogLevel:Default", "Warning"), new("MessagingOptions:DispatchBatchSize", "500"),

            // Every not-yet-ready answer to the readiness probe would print an error line.
            new("Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", "None"),
        ],
        builder =>
        {
            builder.AddWorkflows();
            builder.Services.AddSingleton<TimeProvider>(clock);
        },
        app => app.MapWorkflowsApi());

    // The courses' timers go to the service's own queue; RabbitMQ would drop them were it not bound yet.
    await host.WaitUntilReadyAsync(deadline.Remaining);

    var received = new ConcurrentDictionary<Guid, bool>();
    var allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    var subscriber = Bus.Factory.CreateUsingRabbitMq(cfg =>
    {
        cfg.Host(broker);
        cfg.ReceiveEndpoint("benchmark-phase-started", e => e.Handler<PhaseStarted>(context =>
        {
            if (received.TryAdd(context.Message.CourseId, true) && received.Count == courses)
            {
                allReceived.TrySetResult();
            }

            return Task.CompletedTask;
        }));
    });
    await deadline.WithinAsync(StartSubscriberAsync(subscriber), "starting the PhaseStarted subscriber");
    try
    {
        var seeding = Stopwatch.StartNew();
        var seeded = await SeedAsync(host.Services, clock);
        Console.WriteLine($"seeded {courses} courses in phase 1 in {seeding.Elapsed.TotalSeconds:F1} s");

        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var run = Stopwatch.StartNew();
        clock.SetUtcNow(CopenhagenCalendar.StartOf(boundary));

        // A course's PhaseStarted leaves the outbox only after its transition committed, so the last event received
        // means every transition is done; the database count below confirms it.
        try
        {
            await deadline.WithinAsync(allReceived.Task, "the phase ends");
        }
        catch (TimeoutException)
        {
            var missing = seeded.Where(id => !received.ContainsKey(id)).ToList();
            throw new TimeoutException(
                $"received {received.Count:N0} of {courses:N0} PhaseStarted {run.Elapsed.TotalSeconds:F0} s after they fell due; " +
                $"missing course ids {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : "")}; " +
                $"{await ScalarAsync(database.AdminConnectionString, "select count(*) from course_lifecycle_states where current_state = 'Phase2'"):N0} in phase 2, " +
                $"{await ScalarAsync(database.AdminConnectionString, "select count(*) from outbox_messages where deliver_at <= now()"):N0} outbox rows due");
        }

        run.Stop();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var inPhase2 = await ScalarAsync(database.AdminConnectionString, "select count(*) from course_lifecycle_states where current_state = 'Phase2'");
        var journal = await ScalarAsync(database.AdminConnectionString, "select count(*) from course_journal where kind = 'PhaseStarted'");
        Console.WriteLine($"transitioned:            {inPhase2} courses to phase 2, {journal} journal entries, {received.Count} PhaseStarted received by a subscriber");
        Console.WriteLine($"time from due to done:   {run.Elapsed.TotalSeconds:F1} s ({courses / run.Elapsed.TotalSeconds:F0} courses/s)");
        Console.WriteLine($"allocated during run:    {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024 / 1024} MiB");
        Console.WriteLine($"peak working set:        {process.PeakWorkingSet64 / 1024 / 1024} MiB");
        Console.WriteLine($"managed heap after run:  {GC.GetTotalMemory(forceFullCollection: true) / 1024 / 1024} MiB");
        Console.WriteLine($"cores:                   {Environment.ProcessorCount}");
        return 0;
    }
    finally
    {
        await subscriber.StopAsync();
    }
}
catch (TimeoutException lost)
{
    Console.Error.WriteLine($"FAILED within the deadline of {deadline.Length.TotalSeconds:F0} s: {lost.Message}");
    return 1;
}
finally
{
    await database.DisposeAsync();
}

static async Task StartSubscriberAsync(IBusControl subscriber) => await (await subscriber.StartAsync()).Ready;

async Task<IReadOnlyList<Guid>> SeedAsync(IServiceProvider services, ManualTimeProvider clock)
{
    var settings = new CourseSettings();
    var today = CopenhagenCalendar.DateAt(clock.GetUtcNow());
    var ids = new List<Guid>();
    foreach (var chunk in Enumerable.Range(0, courses).Chunk(500))
    {
        if (deadline.HasPassed)
        {
            throw new TimeoutException($"seeding: {ids.Count:N0} of {courses:N0} courses written");
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA, "benchmark");
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        foreach (var i in chunk)
        {
            // Approved and moved in on 31 January; the reminders before 30 April are already behind it.
            var course = Course.Approve(Guid.NewGuid(), TestTokens.TenantA, $"worker-{i % 500}", new DateOnly(2025, 1, 20), new DateOnly(2025, 1, 2), null, new DateOnly(2025, 1, 2), settings)
                .Course.RegisterMoveIn(moveIn, today, settings).Course;
            var due = course.NextDueDate(today, settings)!.Value;
            var token = outbox.Schedule(CourseLifecycleStateDefinition.Address, CopenhagenCalendar.StartOf(due), new CourseTimerDue { CourseId = course.Id, DueDate = due }, NewId.NextGuid());
            ids.Add(course.Id);
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

    return ids;
}

static async Task<long> ScalarAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToInt64(await command.ExecuteScalarAsync());
}
