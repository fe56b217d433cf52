-- What any worker who visits her home must know before going; one row per course, changed in place.
create table visit_precautions (
    course_id uuid primary key references safety_courses (course_id),
    tenant_id text not null,
    visit_in_pairs boolean not null,
    meet_elsewhere boolean not null,
    known_danger_at_address boolean not null,
    sealed_note text,
    changed_by text not null,
    changed_at timestamptz not null
);

select enable_tenant_isolation('visit_precautions');

grant select, insert, update on visit_precautions to ${app_role};
