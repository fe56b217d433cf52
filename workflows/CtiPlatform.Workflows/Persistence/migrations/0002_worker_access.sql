-- From this Danish date the assigned worker no longer sees a closed course; null while it runs
-- (docs/decisions/409-worker-access-after-closure.md).
alter table course_lifecycle_states add column worker_access_ends_on date null;

-- Courses closed before this column existed get the default period, so no worker keeps a closed course for ever.
-- Forcing row security is lifted for this one statement, inside the migration's transaction, so the owner reaches
-- every municipality's rows.
alter table course_lifecycle_states no force row level security;
update course_lifecycle_states
set worker_access_ends_on = (course::json ->> 'closedOn')::date + 30
where current_state = 'Closed' and course::json ->> 'closedOn' is not null;
alter table course_lifecycle_states force row level security;
