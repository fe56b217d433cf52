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

select enable_tenant_isolation('submission_keys');

grant select, insert on submission_keys to ${app_role};
