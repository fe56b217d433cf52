-- Her never-contact list as safety planning announces it (issue #16 item 2c; docs/decisions/033, 710): per person only
-- the keyed fingerprints of his phone numbers ('keyId:hash'), never a number, and the latest state by changed_at.
create table never_contact_people (
    person_id uuid primary key,
    course_id uuid not null,
    tenant_id text not null,
    phone_fingerprints text[] not null,
    listed boolean not null,
    changed_at timestamptz not null
);

create index ix_never_contact_people_course_id on never_contact_people (course_id);

select enable_tenant_isolation('never_contact_people');

grant select, insert, update on never_contact_people to ${app_role};
