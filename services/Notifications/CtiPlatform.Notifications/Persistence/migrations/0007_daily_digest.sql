-- A worker may take her reminders as one daily digest at a Danish local time she chooses
-- (docs/decisions/712-daily-digest.md); at most one digest per worker waits to be sent.
alter table worker_preferences add column digest_at time;

create unique index ux_deliveries_open_digest on deliveries (tenant_id, recipient_id) where channel = 2 and state = 0;
