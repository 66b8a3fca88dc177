#!/usr/bin/env bash
# Runs once, on an empty data volume, as the postgres superuser (the image's docker-entrypoint-initdb.d).
# One database per service: no service reads another's tables. case-service's database belongs to its owner
# user, which migrates the schema; the service runs as its application user, which may not change the schema
# and may only SELECT and INSERT the access log (granted by the service's own migrations).
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$CASE_DB_OWNER_PASSWORD" -v app_password="$CASE_DB_APP_PASSWORD" <<'SQL'
create database intake;
create role case_service_owner login password :'owner_password';
create role case_service_app login password :'app_password';
create database cases owner case_service_owner;
-- Keycloak's own database (realms, users, sessions)
create database keycloak;
SQL
