-- Human references: one counter per year. The upsert locks the year's row until the registration's
-- transaction ends, so numbers are consecutive and a rolled-back registration burns none.
create table registration_reference_counter (
    year       integer primary key,
    last_value integer not null check (last_value > 0)
);

-- A client's Idempotency-Key, written in the same transaction as the registration's event.
-- reference is filled in later in that same transaction, so no other transaction ever sees it empty.
create table idempotency_key (
    key             varchar(255) primary key,
    request_sha256  char(64)     not null,
    registration_id uuid         not null,
    reference       varchar(32),
    created_at      timestamptz  not null
);

-- Read model: the status of a registration, without personal data.
create table registration_status (
    registration_id uuid primary key,
    reference       varchar(32) not null unique,
    submitted_at    timestamptz not null
);
