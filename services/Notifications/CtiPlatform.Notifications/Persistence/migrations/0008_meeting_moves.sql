-- How many times course tracking had moved a meeting when its time was announced, so that moves arriving out of order
-- are told apart (docs/decisions/714-meeting-events-out-of-order.md).
alter table sms_meetings add column moves integer not null default 0;
