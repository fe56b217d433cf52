-- The documentation at each phase shift (decision 507): a status per focus area of the phase's CTI plan, ciphertext
-- bound to its row; writing a phase again adds a version.
create table phase_documents (
    id uuid primary key,
    tenant_id text not null,
    course_id uuid not null references tracked_courses (id),
    phase integer not null,
    version integer not null,
    plan_version integer not null,
    written_at timestamptz not null,
    written_by text not null,
    protected_statuses text not null
);

create unique index ix_phase_documents_course_id_phase_version on phase_documents (course_id, phase, version);

select enable_tenant_isolation('phase_documents');

-- No update or delete: an earlier documentation stays as it was written.
grant select, insert on phase_documents to ${app_role};
