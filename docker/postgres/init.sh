#!/usr/bin/env bash
# Runs once, on an empty data volume, as the postgres superuser (the image's docker-entrypoint-initdb.d).
# One database per service: no service reads another's tables. Each service's database belongs to its owner
# user, which migrates the schema; the service runs as its application user, which may not change the schema
# (nor, in the services with an access log, do more than SELECT and INSERT the access log), granted by the
# service's own migrations. A volume initialised before a service existed lacks its database and users: create them
# with the lines below (docker compose exec postgres psql -U postgres), or start on a new volume.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v intake_owner_password="$INTAKE_DB_OWNER_PASSWORD" -v intake_app_password="$INTAKE_DB_APP_PASSWORD" \
     -v case_owner_password="$CASE_DB_OWNER_PASSWORD" -v case_app_password="$CASE_DB_APP_PASSWORD" \
     -v messaging_owner_password="$MESSAGING_DB_OWNER_PASSWORD" -v messaging_app_password="$MESSAGING_DB_APP_PASSWORD" \
     -v training_owner_password="$TRAINING_DB_OWNER_PASSWORD" -v training_app_password="$TRAINING_DB_APP_PASSWORD" <<'SQL'
create role intake_service_owner login password :'intake_owner_password';
create role intake_service_app login password :'intake_app_password';
create database intake owner intake_service_owner;
create role case_service_owner login password :'case_owner_password';
create role case_service_app login password :'case_app_password';
create database cases owner case_service_owner;
create role messaging_service_owner login password :'messaging_owner_password';
create role messaging_service_app login password :'messaging_app_password';
create database messaging owner messaging_service_owner;
create role training_service_owner login password :'training_owner_password';
create role training_service_app login password :'training_app_password';
create database training owner training_service_owner;
-- Keycloak's own database (realms, users, sessions)
create database keycloak;
SQL
