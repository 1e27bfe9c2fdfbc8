#!/usr/bin/env bash
# First start of the compose deployment's PostgreSQL (mounted in docker-entrypoint-initdb.d): the
# keyring personal data is sealed with, and one role per service, each owning its schema, with the
# passwords given in the environment. The SQL is
# the same the local run executes (local-infra's LocalPostgres). Keycloak, the compose deployment's
# identity provider, gets a role and a database of its own: it shares nothing with the services.
set -euo pipefail
sql=/reachback/sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f "$sql/views-reader.sql"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f "$sql/keyring.sql"
for role in intent chatbot callback interaction session; do
  variable="${role^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    --set=role="$role" --set=password="${!variable:?set $variable}" -f "$sql/service-role.sql"
done
# The owner of a database may create tables in its public schema, where Keycloak keeps them.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=password="${KEYCLOAK_DB_PASSWORD:?set KEYCLOAK_DB_PASSWORD}" <<'SQL'
create role keycloak login password :'password';
create database keycloak owner keycloak;
SQL
