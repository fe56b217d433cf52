-- Idempotency-Key values sent with referral submissions (docs/decisions/013-idempotent-submission.md).
create table submission_keys (
    tenant_id text not null,
    submitted_by text not null,
    key text not null,
    fingerprint text not null,
    referral_id uuid not null references referrals (id),
    created_at timestamptz not null,
    primary key (tenant_id, submitted_by, key)
);

alter table submission_keys enable row level security;
alter table submission_keys force row level security;
create policy tenant_isolation on submission_keys
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on submission_keys to ${app_role};
