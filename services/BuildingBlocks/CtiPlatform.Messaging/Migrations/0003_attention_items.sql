-- Messages a consumer could not apply after every retry and redelivery, one row per message and consumer, so the
-- team lead sees the course or referral that needs a person (docs/decisions/411-needs-attention.md). Ids and codes
-- only: the message itself stays in the consumer's _error queue.
create table attention_items (
    id uuid primary key,
    tenant_id text not null,
    subject_id uuid not null,
    message_type text not null,
    consumer text not null,
    reason text not null,
    message_id uuid not null,
    recorded_at timestamptz not null,
    unique (message_id, consumer)
);

create index attention_items_subject on attention_items (tenant_id, subject_id);

select enable_tenant_isolation('attention_items');

grant select, insert on attention_items to ${app_role};
