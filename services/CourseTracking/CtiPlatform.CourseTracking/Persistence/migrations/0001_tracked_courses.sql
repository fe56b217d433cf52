-- The tracking service's record of a course, opened and advanced by the lifecycle's events (decision 501).
create table tracked_courses (
    id uuid primary key,
    tenant_id text not null,
    worker_id text not null,
    stage text not null,
    approved_on date null,
    expected_move_out_date date null,
    contact_period_start_date date null,
    move_in_date date null,
    phase1_start_date date null,
    phase1_planned_end_date date null,
    phase2_start_date date null,
    phase2_planned_end_date date null,
    phase3_start_date date null,
    phase3_planned_end_date date null,
    closed_on date null,
    closure_reason text null,
    worker_access_ends_on date null,
    has_children boolean not null default false
);

create index ix_tracked_courses_tenant_id_worker_id on tracked_courses (tenant_id, worker_id);

select enable_tenant_isolation('tracked_courses');

grant select, insert, update on tracked_courses to ${app_role};
