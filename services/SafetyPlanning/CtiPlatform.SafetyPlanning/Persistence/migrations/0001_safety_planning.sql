-- The courses this service knows of, from lifecycle events only: who the assigned worker is and when access ends.
create table safety_courses (
    course_id uuid primary key,
    tenant_id text not null,
    worker_id text not null,
    closed_on date,
    worker_access_ends_on date
);

select enable_tenant_isolation('safety_courses');

grant select, insert, update on safety_courses to ${app_role};

-- Her protected address, apart from everything else and only as ciphertext (PersonalDataProtector); the row goes
-- when the protection ends.
create table protected_addresses (
    course_id uuid primary key references safety_courses (course_id),
    tenant_id text not null,
    kind text not null,
    sealed_address text not null,
    registered_on date not null,
    expires_on date,
    registered_by text not null,
    reminder_token_id uuid
);

select enable_tenant_isolation('protected_addresses');

grant select, insert, update, delete on protected_addresses to ${app_role};
