-- Every version of her safety plan; a revision adds a row, none is updated but for its pending review timer.
create table safety_plan_versions (
    id uuid primary key,
    course_id uuid not null references safety_courses (course_id),
    tenant_id text not null,
    version integer not null,
    sealed_sections text not null,
    review_on date not null,
    written_by text not null,
    written_at timestamptz not null,
    review_token_id uuid,
    unique (course_id, version)
);

select enable_tenant_isolation('safety_plan_versions');

grant select, insert, update on safety_plan_versions to ${app_role};
