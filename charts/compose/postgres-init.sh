#!/usr/bin/env bash
# Runs once, when the PostgreSQL container initialises an empty data volume.
# For every service named by a CTI_SERVICE_DATABASE_* variable (one per service, so compose files can add one
# without restating the others) it runs the chart's charts/cti-platform/files/service-database.sql, the one role
# set-up of tests, compose and chart (mounted at CTI_SERVICE_DATABASE_SQL), which creates:
#   <service>_owner  owns the database and its tables; used only by the one-shot <service>-migrate container
#   <service>_app    the login the service runs with: owns nothing, creates nothing, NOSUPERUSER NOBYPASSRLS, and
#                    holds only what the migrations grant it
#   database <service>
# Development only: the passwords come from CTI_DB_PASSWORD_PREFIX; production databases are provisioned by operations.
set -euo pipefail

sql="${CTI_SERVICE_DATABASE_SQL:-/etc/cti/service-database.sql}"
for variable in $(compgen -e); do
  [[ "$variable" == CTI_SERVICE_DATABASE_* && "$variable" != CTI_SERVICE_DATABASE_SQL ]] || continue
  service="${!variable}"
  owner="${service}_owner"
  app="${service}_app"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v db="$service" -v owner="$owner" -v app="$app" \
    -v owner_password="${CTI_DB_PASSWORD_PREFIX}-${owner}" -v app_password="${CTI_DB_PASSWORD_PREFIX}-${app}" \
    -f "$sql"
  echo "created database $service with roles $owner and $app"
done
