create table referrals (
    id uuid primary key,
    tenant_id text not null,
    shelter_organisation_id text,
    submitted_by text not null,
    submitted_at timestamptz not null,
    woman_name text not null,
    woman_date_of_birth date not null,
    -- CPR number and phone are AES-GCM ciphertext; the lookup hashes are keyed HMACs for duplicate checks.
    woman_protected_cpr text,
    woman_cpr_lookup_hash text,
    woman_name_lookup_hash text not null,
    woman_protected_phone text not null,
    woman_preferred_language text not null,
    woman_interpreter_needed boolean not null,
    children text not null,
    criteria text not null,
    action_plan_date date not null,
    expected_move_out_date date not null,
    consent_to_share_history boolean not null,
    shelter_contact_name text not null,
    shelter_contact_phone text not null,
    status text not null,
    agenda_meeting_date date,
    decision_meeting_date date,
    decision_participants text,
    decision_reason text,
    decision_recorded_at timestamptz,
    decided_against_eligibility boolean not null,
    worker_id text,
    caseload_override_reason text,
    withdrawn_at timestamptz,
    possible_duplicates text not null,
    move_in_date date,
    course_ended_on date,
    course_outcome text
);

create index ix_referrals_tenant_id_status on referrals (tenant_id, status);
create index ix_referrals_tenant_id_shelter_organisation_id on referrals (tenant_id, shelter_organisation_id);
create index referrals_cpr_lookup on referrals (tenant_id, woman_cpr_lookup_hash);
create index referrals_name_lookup on referrals (tenant_id, woman_name_lookup_hash);

create table worker_courses (
    course_id uuid primary key,
    tenant_id text not null,
    worker_id text not null,
    phase integer not null
);

create index ix_worker_courses_tenant_id_worker_id on worker_courses (tenant_id, worker_id);

select enable_tenant_isolation('referrals');
select enable_tenant_isolation('worker_courses');

-- No delete on referrals: a referral is never silently dropped, only withdrawn or decided.
grant select, insert, update on referrals to ${app_role};
grant select, insert, update, delete on worker_courses to ${app_role};
