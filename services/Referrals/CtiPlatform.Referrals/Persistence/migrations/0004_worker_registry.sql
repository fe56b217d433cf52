-- The municipality's CTI workers: assignment names one of them (docs/decisions/019-worker-registry.md). Kept by
-- the team lead and tenant admin; a deactivated worker keeps her row. The caseload per worker counts against it.
create table workers (
    tenant_id text not null,
    worker_id text not null,
    active boolean not null,
    registered_at timestamptz not null,
    registered_by text not null,
    deactivated_at timestamptz,
    deactivated_by text,
    primary key (tenant_id, worker_id)
);

-- When the assigned worker's read access ends after closure (docs/decisions/409-worker-access-after-closure.md).
alter table referrals add column worker_access_ends_on date;

-- Every worker already assigned a referral is one the municipality knows, and courses closed before this script get
-- the default period of access after closure. Forcing row security on referrals is lifted for these two statements,
-- inside the migration's transaction, so the owner reaches every municipality's rows.
alter table referrals no force row level security;
insert into workers (tenant_id, worker_id, active, registered_at, registered_by)
select distinct tenant_id, worker_id, true, now(), 'migration-0003'
from referrals
where worker_id is not null;
update referrals set worker_access_ends_on = course_ended_on + 30 where course_ended_on is not null;
alter table referrals force row level security;

select enable_tenant_isolation('workers');

-- No delete: a worker leaves by deactivation, so the assignment history keeps naming someone the registry knew.
grant select, insert, update on workers to ${app_role};

-- Every hand-over of a running course to another worker, with its reason (docs/decisions/020-reassignment.md).
create table worker_reassignments (
    id uuid primary key,
    tenant_id text not null,
    referral_id uuid not null references referrals (id),
    previous_worker_id text not null,
    worker_id text not null,
    reason text not null,
    reassigned_by text not null,
    reassigned_at timestamptz not null
);

create index ix_worker_reassignments_tenant_id_referral_id on worker_reassignments (tenant_id, referral_id);

select enable_tenant_isolation('worker_reassignments');

grant select, insert on worker_reassignments to ${app_role};

