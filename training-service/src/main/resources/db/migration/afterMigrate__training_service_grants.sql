-- Runs after every migration, as the owner Flyway migrates with: the service's application user
-- (placeholder app_user) may read and write the service's tables, and use their sequences, but owns
-- nothing and may change no schema. access_log is left out on purpose: its own callback
-- (db/access-log) grants SELECT and INSERT only, whichever of the two runs first.
do $$
declare
    t record;
begin
    for t in select tablename from pg_tables
             where schemaname = current_schema() and tablename not in ('access_log', 'flyway_schema_history')
    loop
        execute format('grant select, insert, update, delete on table %I to %I', t.tablename, '${app_user}');
    end loop;
end
$$;
grant usage, select on all sequences in schema public to "${app_user}";
