using System.Reflection;

namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// An assembly whose embedded SQL scripts belong in every service database of the host, such as a building
/// block's own tables. Register one in DI; scripts run after the persistence block's and before the service's.
/// </summary>
public sealed record MigrationAssembly(Assembly Assembly);
