using Npgsql;

namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// What the role a service runs as may do beyond what it needs, read from the catalog as that role: the access
/// log must stay append-only, <c>schema_migrations</c> read-only, and no table alterable (owned, directly or
/// through a role it may become, or creatable in a schema), and row-level security must bind it.
/// </summary>
internal static class AppRolePrivileges
{
    // Each query returns one line per excess privilege, naming tables and schemas only; column privileges count too.
    private static readonly string[] Checks =
    [
        """
        select 'is a superuser or bypasses row-level security'
        from pg_roles where rolname = current_user and (rolsuper or rolbypassrls)
        """,
        """
        select format('may %s access_log, which is append-only', p)
        from unnest(array['update', 'delete', 'truncate']) p
        where to_regclass('access_log') is not null
          and case when p = 'update' then has_any_column_privilege('access_log', p) else has_table_privilege('access_log', p) end
        """,
        """
        select format('may %s schema_migrations', p)
        from unnest(array['insert', 'update', 'delete', 'truncate']) p
        where to_regclass('schema_migrations') is not null
          and case when p in ('insert', 'update') then has_any_column_privilege('schema_migrations', p)
                   else has_table_privilege('schema_migrations', p) end
        """,
        """
        select format('owns, or may act as the owner of, %I.%I', n.nspname, c.relname)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
          and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'
          and pg_has_role(current_user, c.relowner, 'MEMBER')
        """,
        """
        select format('may create objects in schema %I', nspname)
        from pg_namespace
        where nspname not in ('pg_catalog', 'information_schema') and nspname not like 'pg\_%'
          and has_schema_privilege(oid, 'create')
        """,
    ];

    /// <summary>One line per privilege the role of <paramref name="appConnectionString"/> must not have; empty when it is provisioned right.</summary>
    public static async Task<IReadOnlyList<string>> ExcessAsync(string appConnectionString, CancellationToken cancellationToken)
    {
        var excess = new List<string>();
        await using var connection = new NpgsqlConnection(appConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var check in Checks)
        {
            await using var command = new NpgsqlCommand(check, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                excess.Add(reader.GetString(0));
            }
        }

        return excess;
    }
}
