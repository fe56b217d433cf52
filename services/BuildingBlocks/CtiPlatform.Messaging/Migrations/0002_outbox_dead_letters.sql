-- Outbox rows the dispatcher could not read, moved aside so they stop blocking the rows behind them
-- (docs/decisions/207-unreadable-outbox-rows.md). An operator repairs and re-inserts them, or deletes them.
create table outbox_dead_letters (
    sequence_number bigint primary key,
    message_id uuid not null,
    ordering_key text null,
    destination text null,
    message_type text not null,
    body text not null,
    headers text not null,
    error text not null,
    failed_at timestamptz not null
);

grant select, insert on outbox_dead_letters to ${app_role};
