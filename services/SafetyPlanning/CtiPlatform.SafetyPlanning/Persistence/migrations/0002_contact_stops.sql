-- Every stop of all contact with her; at most one not yet lifted per course.
create table contact_stops (
    id uuid primary key,
    course_id uuid not null references safety_courses (course_id),
    tenant_id text not null,
    stopped_at timestamptz not null,
    stopped_by text not null,
    lifted_at timestamptz,
    lifted_by text,
    sealed_lift_reason text
);

create unique index contact_stops_one_active on contact_stops (course_id) where lifted_at is null;

select enable_tenant_isolation('contact_stops');

grant select, insert, update on contact_stops to ${app_role};
