-- The § 141 action plan as the PDF the municipality wrote (docs/decisions/028 and 032-action-plan-upload.md): one per
-- referral, encrypted for its own cell (actionPlan.document) under the key named in key_id, which the re-encryption
-- queries without reading the content. A separate table, so reading or listing referrals never loads the documents.
create table referral_action_plans (
    referral_id uuid primary key references referrals (id),
    tenant_id text not null,
    protected_content bytea not null,
    key_id text not null,
    size_bytes integer not null check (size_bytes > 0),
    uploaded_at timestamptz not null,
    uploaded_by text not null
);

create index on referral_action_plans (tenant_id, key_id);

select enable_tenant_isolation('referral_action_plans');

-- Replaced in place, never deleted: a referral keeps its plan once the committee could read it.
grant select, insert, update on referral_action_plans to ${app_role};
