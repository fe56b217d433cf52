-- Databases made by the first compose init script gave the app role select, insert, update and delete on every
-- table the owner creates (default privileges), which undid the narrow grants of each script: the access log became
-- deletable. Those defaults go, and the access log is append-only again (docs/decisions/016-one-role-set-up.md).
-- A no-op on databases provisioned with charts/cti-platform/files/service-database.sql.
alter default privileges in schema public revoke all on tables from ${app_role};
alter default privileges in schema public revoke all on sequences from ${app_role};
revoke update, delete, truncate on access_log from ${app_role};
