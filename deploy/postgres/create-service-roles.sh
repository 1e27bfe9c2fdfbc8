#!/usr/bin/env bash
# First start of the compose deployment's PostgreSQL (mounted in docker-entrypoint-initdb.d): one
# role per service, each owning its schema, with the passwords given in the environment. The SQL is
# the same the local run executes (local-infra's LocalPostgres).
set -euo pipefail
sql=/reachback/sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f "$sql/views-reader.sql"
for role in intent chatbot callback interaction session; do
  variable="${role^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    --set=role="$role" --set=password="${!variable:?set $variable}" -f "$sql/service-role.sql"
done
