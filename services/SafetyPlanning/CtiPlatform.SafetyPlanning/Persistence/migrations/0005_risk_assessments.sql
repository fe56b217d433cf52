-- Every risk assessment of her; a new incident or change adds a row, none is ever updated.
create table risk_assessments (
    id uuid primary key,
    course_id uuid not null references safety_courses (course_id),
    tenant_id text not null,
    number integer not null,
    assessed_at timestamptz not null,
    assessed_by text not null,
    computed_level text not null,
    level text not null,
    sealed_details text not null,
    unique (course_id, number)
);

select enable_tenant_isolation('risk_assessments');

grant select, insert on risk_assessments to ${app_role};
