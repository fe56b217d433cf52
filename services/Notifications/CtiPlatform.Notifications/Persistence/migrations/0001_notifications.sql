-- Reminders for workers: the in-app inbox, who has read what, the deliveries handed to Dapr bindings and each
-- worker's own choice of e-mail (docs/decisions/701-notifications-to-workers.md, 702-delivery-engine.md).
create table inbox_entries (
    id uuid primary key,
    tenant_id text not null,
    recipient_id text,
    recipient_role text,
    course_id uuid not null,
    kind integer not null,
    date date not null,
    phase integer,
    created_at timestamptz not null,
    check ((recipient_id is null) <> (recipient_role is null))
);

create index ix_inbox_entries_tenant_id_recipient_id on inbox_entries (tenant_id, recipient_id);

create table inbox_reads (
    entry_id uuid not null references inbox_entries (id),
    reader_id text not null,
    tenant_id text not null,
    read_at timestamptz not null,
    primary key (entry_id, reader_id)
);

-- The message itself lives only in protected_message, encrypted, and only while the delivery is open.
create table deliveries (
    id uuid primary key,
    tenant_id text not null,
    recipient_id text not null,
    inbox_entry_id uuid references inbox_entries (id),
    channel integer not null,
    binding text not null,
    state integer not null,
    due_at timestamptz not null,
    attempts integer not null default 0,
    last_failure text,
    sent_at timestamptz,
    failed_at timestamptz,
    protected_message text,
    created_at timestamptz not null,
    check (state in (0, 1) or protected_message is null)
);

create index ix_deliveries_tenant_id_recipient_id on deliveries (tenant_id, recipient_id);

create table worker_preferences (
    tenant_id text not null,
    worker_id text not null,
    email_wanted boolean not null,
    protected_email text,
    is_team_lead boolean not null,
    updated_at timestamptz not null,
    primary key (tenant_id, worker_id)
);

select enable_tenant_isolation('inbox_entries');
select enable_tenant_isolation('inbox_reads');
select enable_tenant_isolation('deliveries');
select enable_tenant_isolation('worker_preferences');

-- Entries and reads are never altered or removed by the service; deliveries and preferences change state.
grant select, insert on inbox_entries to ${app_role};
grant select, insert on inbox_reads to ${app_role};
grant select, insert, update on deliveries to ${app_role};
grant select, insert, update on worker_preferences to ${app_role};
