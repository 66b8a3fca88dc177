-- The access log (NEN 7513): one row per read of case data, or attempt at one. Ids and codes only,
-- never personal data: a break-glass reason lives with its grant, referenced by break_glass_grant_id.
--
-- Tamper-evident: hash = SHA-256 over every column and previous_hash, the hash of the row before
-- (32 zero bytes for position 1); access-log/README.md gives the exact encoding. position is
-- assigned under an advisory lock as the last position + 1, not from a sequence: a sequence
-- leaves gaps on rollback, and a gap must only ever mean a deleted row.
create table access_log (
    position             bigint      primary key check (position > 0),
    record_id            uuid        not null unique,
    occurred_at          timestamptz not null,
    actor_subject        text        not null,
    actor_role           text        not null,
    service              text        not null,
    case_id              uuid        null,
    resource             text        not null,
    break_glass          boolean     not null,
    break_glass_grant_id uuid        null,
    outcome              text        not null,
    request_id           text        null,
    -- unique: should appends ever run unserialized, the second one to chain to the same row fails
    -- instead of forking the chain
    previous_hash        bytea       not null unique check (octet_length(previous_hash) = 32),
    hash                 bytea       not null check (octet_length(hash) = 32),
    constraint access_log_grant_is_break_glass check (break_glass_grant_id is null or break_glass)
);

create index access_log_by_case on access_log (case_id, position desc) where case_id is not null;
create index access_log_by_actor on access_log (actor_subject, position desc);
create index access_log_by_time on access_log (occurred_at);

-- Append-only for everyone, the owner included: privileges (afterMigrate__access_log_grants.sql)
-- keep the application's user out, this trigger also stops the owner. Only someone who may
-- disable triggers can change a row, and the hash chain shows where.
create function access_log_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'access_log is append-only: % refused', tg_op;
end;
$$;

create trigger access_log_append_only
    before update or delete or truncate on access_log
    for each statement execute function access_log_refuse_change();
