-- The change compass (decision 505): each scoring by her or by her worker, the scores ciphertext bound to their row,
-- one per course, occasion and respondent (scoring again corrects it); and the measurements the lifecycle said are due.
create table compass_assessments (
    id uuid primary key,
    tenant_id text not null,
    course_id uuid not null references tracked_courses (id),
    occasion text not null,
    respondent text not null,
    assessed_on date not null,
    recorded_at timestamptz not null,
    recorded_by text not null,
    protected_scores text not null
);

create unique index ix_compass_assessments_course_id_occasion_respondent on compass_assessments (course_id, occasion, respondent);

select enable_tenant_isolation('compass_assessments');

grant select, insert, update on compass_assessments to ${app_role};

create table compass_due (
    tenant_id text not null,
    course_id uuid not null references tracked_courses (id),
    occasion text not null,
    due_on date not null,
    primary key (course_id, occasion)
);

select enable_tenant_isolation('compass_due');

grant select, insert, update on compass_due to ${app_role};
