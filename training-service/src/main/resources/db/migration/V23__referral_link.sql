-- The links trainers hand to professionals (a probation officer, prison staff) so they can enrol a perpetrator in a
-- session themselves, without an account. The link's token is not kept: it is derived from link_id with the service's
-- secret key (HMAC), so a trainer can show the link again, and a copy of this table opens nothing without that key.
-- A link is ended by revoking it; the row stays, to say who issued and who revoked it, and when.
create table referral_link (
    link_id     uuid        primary key,
    session_id  uuid        not null,
    issued_by   text        not null,
    issued_at   timestamptz not null,
    revoked_by  text,
    revoked_at  timestamptz
);
create index referral_link_session on referral_link (session_id);
