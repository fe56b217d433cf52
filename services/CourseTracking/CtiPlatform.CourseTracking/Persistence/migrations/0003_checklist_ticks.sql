-- The ticked items of a course's transition checklists: the method's and the municipality's own (decision 503).
-- Unticking deletes the row.
create table checklist_ticks (
    tenant_id text not null,
    course_id uuid not null references tracked_courses (id),
    transition text not null,
    item_key text not null,
    ticked_on date not null,
    ticked_by text not null,
    primary key (course_id, transition, item_key)
);

select enable_tenant_isolation('checklist_ticks');

grant select, insert, update, delete on checklist_ticks to ${app_role};
