-- A course's hand-over plan (decision 506): one per course, saved again as it changes; its content ciphertext bound to
-- the row, the hand-over meetings' dates in the clear so fidelity judges lateness without decrypting.
create table hand_over_plans (
    course_id uuid primary key references tracked_courses (id),
    tenant_id text not null,
    meeting_dates date[] not null,
    updated_at timestamptz not null,
    updated_by text not null,
    protected_content text not null
);

select enable_tenant_isolation('hand_over_plans');

grant select, insert, update on hand_over_plans to ${app_role};
