-- Planned meetings and unplanned contacts of a course; notes are ciphertext bound to their row (decisions 010, 502).
create table meetings (
    id uuid primary key,
    tenant_id text not null,
    course_id uuid not null references tracked_courses (id),
    kind text not null,
    starts_at timestamptz not null,
    duration_minutes integer not null,
    status text not null,
    moves integer not null,
    planned_by text not null,
    planned_at timestamptz not null,
    concluded_by text null,
    concluded_at timestamptz null,
    protected_notes text null
);

create index ix_meetings_course_id_starts_at on meetings (course_id, starts_at);

select enable_tenant_isolation('meetings');

grant select, insert, update on meetings to ${app_role};

create table contacts (
    id uuid primary key,
    tenant_id text not null,
    course_id uuid not null references tracked_courses (id),
    kind text not null,
    occurred_at timestamptz not null,
    duration_minutes integer not null,
    recorded_by text not null,
    recorded_at timestamptz not null,
    protected_notes text null
);

create index ix_contacts_course_id_occurred_at on contacts (course_id, occurred_at);

select enable_tenant_isolation('contacts');

grant select, insert on contacts to ${app_role};
