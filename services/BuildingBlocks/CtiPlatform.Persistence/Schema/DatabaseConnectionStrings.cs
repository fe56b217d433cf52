namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// The two connection strings of a service's database: <see cref="App"/> for the role the service runs as
/// (it owns nothing, so row-level security binds it) and <see cref="Migrations"/> for the owner that applies scripts.
/// </summary>
internal sealed record DatabaseConnectionStrings<TContext>(string App, string Migrations);
