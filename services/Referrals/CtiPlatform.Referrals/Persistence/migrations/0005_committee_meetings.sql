-- Meetings the visitation committee moved or added apart from its rhythm
-- (docs/decisions/026-committee-meetings-on-working-days.md). moved_from is the rhythm date a moved meeting replaces;
-- null for an extra meeting. One meeting a day per municipality.
create table committee_meetings (
    id uuid primary key,
    tenant_id text not null,
    meeting_date date not null,
    moved_from date,
    recorded_by text not null,
    recorded_at timestamptz not null
);

create unique index ix_committee_meetings_tenant_id_meeting_date on committee_meetings (tenant_id, meeting_date);

select enable_tenant_isolation('committee_meetings');

-- No delete: a meeting is moved, never erased, so the decisions naming its date keep a meeting behind them.
grant select, insert, update on committee_meetings to ${app_role};
