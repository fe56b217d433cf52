create table notes (
    id uuid primary key,
    tenant_id text not null,
    author_id text not null,
    text text not null,
    archived boolean not null default false
);

alter table notes enable row level security;
alter table notes force row level security;
create policy tenant_isolation on notes
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on notes to ${app_role};
