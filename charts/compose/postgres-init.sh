#!/usr/bin/env bash
# Runs once, when the PostgreSQL container initialises an empty data volume.
# For every service named by a CTI_SERVICE_DATABASE_* variable (one per service, so compose files can add one
# without restating the others) it creates:
#   <service>_owner  owns the database and its tables; used only by the service's start-up SQL migrations
#   <service>_app    the login the service runs with: no ownership, NOSUPERUSER NOBYPASSRLS, so row-level
#                    security policies written by the owner also bind the application
#   database <service>
# Development only: the passwords come from CTI_DB_PASSWORD_PREFIX; production databases are provisioned by operations.
set -euo pipefail

for variable in $(compgen -e); do
  [[ "$variable" == CTI_SERVICE_DATABASE_* ]] || continue
  service="${!variable}"
  owner="${service}_owner"
  app="${service}_app"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner="$owner" -v app="$app" -v db="$service" \
    -v owner_password="${CTI_DB_PASSWORD_PREFIX}-${owner}" -v app_password="${CTI_DB_PASSWORD_PREFIX}-${app}" <<'SQL'
CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD :'app_password';
CREATE DATABASE :"db" OWNER :"owner";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app";
SQL
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$service" -v owner="$owner" -v app="$app" <<'SQL'
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"owner";
GRANT USAGE ON SCHEMA public TO :"app";
-- Tables the owner creates later (by migrations) are usable, not alterable, by the app role.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app";
SQL
  echo "created database $service with roles $owner and $app"
done
