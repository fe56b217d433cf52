-- Her network overview and map (decision 512): role, field and distance in clear, name, contact details and what the
-- person helps with as ciphertext bound to the row; and her never-contact list as safety planning's keyed fingerprints,
-- the latest change per person (decisions 033, 513). A listing may arrive before the course record, so it has no key to it.
create table network_persons (
    id uuid primary key,
    tenant_id text not null,
    course_id uuid not null references tracked_courses (id),
    kind text not null,
    role text not null,
    sector text not null,
    distance integer not null,
    active boolean not null,
    consent boolean not null,
    never_contact_warning boolean not null,
    protected_details text not null,
    changed_at timestamptz not null,
    changed_by text not null
);

create index ix_network_persons_course_id on network_persons (course_id);

select enable_tenant_isolation('network_persons');

grant select, insert, update on network_persons to ${app_role};

create table never_contact_listings (
    course_id uuid not null,
    person_id uuid not null,
    tenant_id text not null,
    changed_at timestamptz not null,
    removed boolean not null,
    fingerprints text not null,
    primary key (course_id, person_id)
);

select enable_tenant_isolation('never_contact_listings');

grant select, insert, update on never_contact_listings to ${app_role};
