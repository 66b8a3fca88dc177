-- References come from a sequence per year instead of a counter row (issue 14). The counter's upsert locked the
-- year's row until the registration committed, so every registration waited for the one before it, commit and fsync
-- included: at 16 clients six or seven of intake's sessions stood waiting on that lock at any moment. nextval locks
-- nothing that lasts. What changes: a registration that fails after taking its number (a database error, a crash)
-- leaves that number unused; it was never acknowledged, so nobody holds it. A refused registration still takes no
-- number, since the rules are checked before it (RegistrationSubmission).

-- The application user may create nothing, so the year's sequence is made by this function, which runs as its
-- owner (security definer), on the year's first registration. Two first registrations at once: the second waits
-- for the first's commit, finds the sequence made, and goes on.
create function next_registration_number(for_year integer) returns integer
    language plpgsql
    security definer
    set search_path = public, pg_temp
as $$
declare
    series constant text := 'registration_reference_' || for_year;
begin
    if for_year not between 2000 and 9999 then
        raise exception 'no reference series for year %', for_year using errcode = 'invalid_parameter_value';
    end if;
    if to_regclass(series) is null then
        begin
            execute format('create sequence if not exists %I as integer minvalue 1', series);
        exception
            when unique_violation or duplicate_table then
                null; -- another registration made it in the same moment
        end;
    end if;
    return nextval(series);
end
$$;

revoke all on function next_registration_number(integer) from public;

-- each year counted so far goes on where its counter stopped
do $$
declare
    counted record;
begin
    for counted in select year, last_value from registration_reference_counter loop
        execute format('create sequence %I as integer minvalue 1 start with %s',
                       'registration_reference_' || counted.year, counted.last_value + 1);
    end loop;
end
$$;

drop table registration_reference_counter;
