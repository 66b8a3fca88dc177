-- Runs after every migration, as the owner Flyway migrates with: the service's application user
-- (placeholder app_user) reads and writes the service's tables and uses their sequences, but owns nothing,
-- may change no schema, and may not touch Flyway's own history.
grant select, insert, update, delete on all tables in schema public to "${app_user}";
revoke all on table flyway_schema_history from "${app_user}";
grant usage, select on all sequences in schema public to "${app_user}";
-- the references of the year (V2): the function makes and reads the year's sequence as the owner
grant execute on function next_registration_number(integer) to "${app_user}";
