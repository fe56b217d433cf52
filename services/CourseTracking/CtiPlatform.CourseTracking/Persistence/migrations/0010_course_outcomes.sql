-- Outcomes at closure (decision 510): every recording a new version, the earlier ones kept (insert only); and the
-- follow-up a year after closure (decision 511), raised by the durable timer and answered once.
create table course_outcomes (
    id uuid primary key,
    tenant_id text not null,
    course_id uuid not null references tracked_courses (id),
    version integer not null,
    kept_home boolean not null,
    has_safety_strategy boolean not null,
    readmitted_to_shelter boolean not null,
    children_in_day_care_or_school boolean null,
    children_in_leisure_activities boolean null,
    recorded_at timestamptz not null,
    recorded_by text not null
);

create unique index ix_course_outcomes_course_id_version on course_outcomes (course_id, version);

select enable_tenant_isolation('course_outcomes');

grant select, insert on course_outcomes to ${app_role};

create table outcome_follow_ups (
    course_id uuid primary key references tracked_courses (id),
    tenant_id text not null,
    due_on date not null,
    raised_at timestamptz null,
    answered_at timestamptz null,
    answered_by text null,
    still_in_own_home boolean null
);

select enable_tenant_isolation('outcome_follow_ups');

grant select, insert, update on outcome_follow_ups to ${app_role};
