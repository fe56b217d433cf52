using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Testing;

namespace CtiPlatform.Messaging.Tests.Infrastructure;

/// <summary>The configuration keys of one sample-service instance.</summary>
public static class LedgerConfiguration
{
    public static IEnumerable<KeyValuePair<string, string?>> For(PostgresDatabase database, Uri rabbitMq, bool consumes, int writeChanges = 0) =>
    [
        .. TestTokens.Configuration,
        .. database.ConnectionStrings(LedgerHost.Database),
        new("ConnectionStrings:rabbitmq", rabbitMq.ToString()),
        new("Ledger:Consumes", consumes.ToString()),
        new("Ledger:WriteChanges", writeChanges.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
