-- Who read or changed which person's data, when and why. Append-only for the service: the app role may
-- insert and read, never update or delete.
create table access_log (
    id uuid primary key,
    tenant_id text not null,
    occurred_at timestamptz not null,
    actor_id text not null,
    actor_roles text not null,
    subject_type text not null,
    subject_id text not null,
    action text not null,
    purpose text not null
);

create index access_log_subject on access_log (tenant_id, subject_type, subject_id, occurred_at);
create index access_log_time on access_log (tenant_id, occurred_at);

select enable_tenant_isolation('access_log');

grant select, insert on access_log to ${app_role};
