-- Every version of a course's CTI plan, kept as made; the focus areas are ciphertext bound to their row (decision 504).
create table cti_plan_versions (
    id uuid primary key,
    tenant_id text not null,
    course_id uuid not null references tracked_courses (id),
    version integer not null,
    phase integer not null,
    created_at timestamptz not null,
    created_by text not null,
    protected_content text not null
);

create unique index ix_cti_plan_versions_course_id_version on cti_plan_versions (course_id, version);

select enable_tenant_isolation('cti_plan_versions');

-- No update or delete: an earlier version stays as it was made.
grant select, insert on cti_plan_versions to ${app_role};
