-- SMS to her the day before each meeting (issue #16 item 2b; docs/decisions/703, 708, 709): the meetings course tracking
-- announced (ids and start only), what safety planning said about stopping or pausing messages to her, and on each SMS
-- delivery its course, meeting and why it was not sent. A claimed SMS (state 5, Sending) keeps its message until the
-- outcome is known, as an unreachable sidecar took nothing and it is tried again; every other final state drops it.
create table sms_meetings (
    meeting_id uuid primary key,
    course_id uuid not null,
    tenant_id text not null,
    starts_at timestamptz not null,
    cancelled boolean not null
);

create index ix_sms_meetings_course_id on sms_meetings (course_id);

alter table notification_courses
    add column contact_stopped_at timestamptz,
    add column contact_stop_changed_at timestamptz,
    add column sms_paused_since timestamptz;

alter table deliveries
    add column course_id uuid,
    add column meeting_id uuid,
    add column cancelled_because text,
    add constraint deliveries_sms_names_course_and_meeting check (channel <> 1 or (course_id is not null and meeting_id is not null)),
    drop constraint deliveries_check,
    add constraint deliveries_message_only_while_open check (state in (0, 1, 5) or protected_message is null);

create index ix_deliveries_course_id on deliveries (course_id) where course_id is not null;
create index ix_deliveries_meeting_id on deliveries (meeting_id) where meeting_id is not null;

select enable_tenant_isolation('sms_meetings');

grant select, insert, update on sms_meetings to ${app_role};
