using Npgsql;

namespace CtiPlatform.Testing;

/// <summary>Reads PostgreSQL's catalog for tables that hold tenant data without enabled and forced row-level security.</summary>
public static class RowLevelSecurityCatalog
{
    /// <summary>The condition, as PostgreSQL prints it back, that <c>enable_tenant_isolation</c> puts on reads and writes.</summary>
    public const string TenantCondition = "(tenant_id = current_setting('app.tenant_id'::text, true))";

    /// <summary>
    /// Tables in <c>public</c> with a <c>tenant_id</c> column that lack enabled+forced RLS or a policy for every
    /// command that applies <see cref="TenantCondition"/> to the rows read (<c>using</c>) and written (<c>with check</c>).
    /// </summary>
    public static async Task<IReadOnlyList<string>> UnprotectedTenantTablesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand("""
            select c.relname
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
            where c.relkind in ('r', 'p') and n.nspname = 'public'
              and not (c.relrowsecurity and c.relforcerowsecurity
                       and exists (select from pg_policy p
                                   where p.polrelid = c.oid and p.polcmd = '*' and p.polpermissive
                                     and pg_get_expr(p.polqual, p.polrelid) = @condition
                                     and pg_get_expr(p.polwithcheck, p.polrelid) = @condition))
            order by 1
            """, connection, transaction);
        command.Parameters.AddWithValue("condition", TenantCondition);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
