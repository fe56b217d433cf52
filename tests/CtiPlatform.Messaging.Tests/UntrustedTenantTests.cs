using CtiPlatform.Messaging.Tenancy;
using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Messaging.Tests;

public sealed class UntrustedTenantTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string ErrorQueue = "note-added_error";

    [Theory]
    [InlineData(null, TestTokens.TenantA)]
    [InlineData(TestTokens.UnknownTenant, TestTokens.UnknownTenant)]
    [InlineData(TestTokens.TenantB, TestTokens.TenantA)]
    public async Task A_message_whose_tenant_header_is_missing_unknown_or_not_the_bodys_goes_to_the_error_queue_unapplied(string? header, string body)
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        var log = new LogCapture();
        await using var app = Build(vhost, log);
        await app.StartAsync();
        await Eventually.Until(() => vhost.ConsumerCountAsync("note-added"), n => n >= 1, TimeSpan.FromSeconds(30), "the consumer bound to its queue");
        var noteId = Guid.NewGuid().ToString("N");
        var messageId = NewId.NextGuid();

        await app.Services.GetRequiredService<IBus>().Publish(new NoteAdded { NoteId = noteId, TenantId = body }, c =>
        {
            c.MessageId = messageId;
            if (header is not null)
            {
                c.Headers.Set(MessageHeaderNames.TenantId, header);
            }
        });

        var refused = await Eventually.Until(() => vhost.PeekAsync(ErrorQueue), m => m.Count >= 1, TimeSpan.FromSeconds(30), "the message in the error queue");
        var faultHeaders = refused.Single().GetProperty("properties").GetProperty("headers");
        Assert.Equal(typeof(UntrustedTenantException).FullName, faultHeaders.GetProperty("MT-Fault-ExceptionType").GetString());
        Assert.Equal(0, await LedgerRows.CountAsync(database.AdminConnectionString, $"select count(*) from side_effects where subject like '{noteId}@%'"));

        // One line (so no retry) names the message, its type and both tenants, and nothing of its body beyond the tenant.
        var line = Assert.Single(log.Lines, l => l.Contains("Tenancy.MessageTenantCheck: Refused message", StringComparison.Ordinal));
        Assert.Contains($"MessageId={messageId}", line, StringComparison.Ordinal);
        Assert.Contains("MessageType=urn:message:CtiPlatform.Messaging.TestHost.Contracts:NoteAdded", line, StringComparison.Ordinal);
        Assert.Contains($"HeaderTenant={header ?? "(none)"}", line, StringComparison.Ordinal);
        Assert.Contains($"BodyTenant={body}", line, StringComparison.Ordinal);
        Assert.DoesNotContain(noteId, line, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_message_whose_tenant_header_matches_its_body_runs_for_that_tenant()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var app = Build(vhost, new LogCapture());
        await app.StartAsync();
        await Eventually.Until(() => vhost.ConsumerCountAsync("note-added"), n => n >= 1, TimeSpan.FromSeconds(30), "the consumer bound to its queue");
        var noteId = Guid.NewGuid().ToString("N");

        await app.Services.GetRequiredService<IBus>().Publish(
            new NoteAdded { NoteId = noteId, TenantId = TestTokens.TenantB }, c => c.Headers.Set(MessageHeaderNames.TenantId, TestTokens.TenantB));

        await Eventually.Until(() => LedgerRows.CountAsync(database.AdminConnectionString, $"select count(*) from side_effects where subject = '{noteId}@{TestTokens.TenantB}'"),
            n => n == 1, TimeSpan.FromSeconds(30), "the note applied for its tenant");
        Assert.Empty(await vhost.PeekAsync(ErrorQueue));
        await app.StopAsync();
    }

    private WebApplication Build(IsolatedVirtualHost vhost, LogCapture log) => LedgerHost.Build(
        LedgerConfiguration.For(database, vhost.Address, consumes: true),
        services => services.AddSingleton<ILoggerProvider>(log));
}
