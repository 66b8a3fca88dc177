-- Runs after every migration, as the owner Flyway migrates with. Whatever was granted before, the
-- application's database user (placeholder app_user: spring.flyway.placeholders.app_user) may
-- read and append to the access log, and nothing else.
revoke all on table access_log from public;
revoke all on table access_log from "${app_user}";
grant select, insert on table access_log to "${app_user}";
