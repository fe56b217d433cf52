-- One service's database and its two roles (docs/decisions/003 and 016). The one set-up used by docker compose
-- (charts/compose/postgres-init.sh), by the tests (tests/CtiPlatform.Testing/PostgresDatabase.cs) and by operators
-- of the Helm chart, whose PostgreSQL is external (docs/deployment.md). Run it once per service as an administrator:
--   psql -v ON_ERROR_STOP=1 -d postgres -v db=referrals -v owner=referrals_owner -v app=referrals_app \
--        -v owner_password=... -v app_password=... -f service-database.sql
--   owner  owns the database, its schema and its tables; only the migration step logs in as it
--   app    the login the running service uses: owns nothing, may create nothing, NOSUPERUSER NOBYPASSRLS, so
--          row-level security binds it; it gets exactly the privileges each migration grants to ${app_role}
-- Deliberately no ALTER DEFAULT PRIVILEGES: a blanket grant on future tables would cancel the narrow grants of
-- the migrations (the access log is select/insert only; schema_migrations is read-only for the app role).
\set ON_ERROR_STOP on

-- Roles are created when missing (the tests share one pair across their databases); parallel runs take turns.
select pg_advisory_lock(hashtext('cti-service-database-roles'));
select format('create role %I login nosuperuser nocreatedb nocreaterole nobypassrls password %L', :'owner', :'owner_password')
where not exists (select from pg_roles where rolname = :'owner') \gexec
select format('create role %I login nosuperuser nocreatedb nocreaterole nobypassrls noinherit password %L', :'app', :'app_password')
where not exists (select from pg_roles where rolname = :'app') \gexec
select pg_advisory_unlock(hashtext('cti-service-database-roles'));

create database :"db" owner :"owner";
revoke all on database :"db" from public;
grant connect on database :"db" to :"app";

\connect :"db"
alter schema public owner to :"owner";
revoke all on schema public from public;
-- Usage only: the app role cannot create (and so cannot own) anything.
grant usage on schema public to :"app";
