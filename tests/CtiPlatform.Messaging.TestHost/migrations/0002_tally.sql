-- A saga instance of the sample state machine; version is its optimistic-concurrency token.
create table tally_states (
    correlation_id uuid primary key,
    current_state text not null,
    total integer not null,
    count integer not null,
    version integer not null
);

grant select, insert, update, delete on tally_states to ${app_role};
