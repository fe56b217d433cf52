-- SMS to her (issue #16 item 2): the courses as lifecycle events tell them, and per course the contact profile her
-- worker records with her (docs/decisions/706-contact-profile.md). Her number exists here only as ciphertext.
create table notification_courses (
    course_id uuid primary key,
    tenant_id text not null,
    worker_id text not null,
    closed_on date,
    worker_access_ends_on date
);

create table contact_profiles (
    course_id uuid primary key references notification_courses (course_id),
    tenant_id text not null,
    consent_given_at timestamptz not null,
    consent_recorded_by text not null,
    protected_number text not null,
    number_confirmed_at timestamptz not null,
    safe_from time not null,
    safe_until time not null,
    sender_name text not null,
    template text not null,
    language text not null,
    updated_at timestamptz not null,
    updated_by text not null,
    check (safe_from <> safe_until)
);

select enable_tenant_isolation('notification_courses');
select enable_tenant_isolation('contact_profiles');

-- A withdrawn consent removes the profile, and her number with it.
grant select, insert, update on notification_courses to ${app_role};
grant select, insert, update, delete on contact_profiles to ${app_role};
