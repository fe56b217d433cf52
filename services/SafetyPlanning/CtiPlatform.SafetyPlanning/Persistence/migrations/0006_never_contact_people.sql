-- People who must never be contacted or told anything about her (decision 607). Names and numbers only as ciphertext
-- (PersonalDataProtector), cleared when the person is removed; the row stays with who removed the person and why.
create table never_contact_people (
    id uuid primary key,
    course_id uuid not null references safety_courses (course_id),
    tenant_id text not null,
    relation text not null,
    sealed_details text,
    listed_by text not null,
    listed_at timestamptz not null,
    changed_by text not null,
    changed_at timestamptz not null,
    removed_by text,
    removed_at timestamptz,
    sealed_removal_reason text,
    fingerprint_key_id text
);

create index never_contact_people_course on never_contact_people (course_id);

select enable_tenant_isolation('never_contact_people');

grant select, insert, update on never_contact_people to ${app_role};
