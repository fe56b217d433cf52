namespace CtiPlatform.Persistence;

public enum DatabaseProvider
{
    PostgreSql,
    Sqlite,
}
