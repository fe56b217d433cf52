-- A municipality's own wording of a reminder e-mail (docs/decisions/705-email-templates.md); without a row the
-- shipped Danish default applies.
create table email_templates (
    tenant_id text not null,
    kind integer not null,
    subject text not null,
    body text not null,
    updated_at timestamptz not null,
    updated_by text not null,
    primary key (tenant_id, kind)
);

select enable_tenant_isolation('email_templates');

grant select, insert, update on email_templates to ${app_role};
