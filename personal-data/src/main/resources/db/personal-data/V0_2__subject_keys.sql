-- One data key per data subject, wrapped (AES-GCM) by the master key from the environment.
-- Shredding clears wrapped_key and keeps the row as a tombstone, so a shredded subject can
-- never silently get a fresh key and new readable data.
create table subject_key (
    subject_id  uuid primary key,
    wrapped_key bytea null,
    created_at  timestamptz not null default now(),
    shredded_at timestamptz null,
    constraint subject_key_shredded_has_no_key check (shredded_at is null or wrapped_key is null)
);
