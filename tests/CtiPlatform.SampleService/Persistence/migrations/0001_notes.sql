create table notes (
    id uuid primary key,
    tenant_id text not null,
    author_id text not null,
    text text not null,
    archived boolean not null default false
);

select enable_tenant_isolation('notes');

grant select, insert, update, delete on notes to ${app_role};
