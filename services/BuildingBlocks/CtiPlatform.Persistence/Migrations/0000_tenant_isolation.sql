-- Row-level security for a table that holds tenant data (docs/decisions/209-tenant-isolation-function.md):
-- enabled, forced so that the owner is bound as well, and one policy that filters reads and checks writes
-- against the transaction's app.tenant_id. Every script calls it for each table with a tenant_id column.
create or replace function enable_tenant_isolation(target regclass) returns void
language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format(
        'create policy tenant_isolation on %s using (tenant_id = current_setting(%L, true)) with check (tenant_id = current_setting(%L, true))',
        target, 'app.tenant_id', 'app.tenant_id');
end
$$;

-- Only the owner calls it, while migrating; the role the service runs as never needs it.
revoke execute on function enable_tenant_isolation(regclass) from public;
