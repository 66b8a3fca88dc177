-- The secret links in the mails to a participant (their enrolment's page: its status, cancel, take or decline an
-- offered place). The token itself is in the mail only: here is its SHA-256, so a copy of this table opens no page.
-- Each mail that carries a link gets a token of its own, issued when the mail is queued (a hash cannot be turned back
-- into a link for the next mail); mail_id makes a redelivered event issue none twice. Every token of an enrolment
-- opens that enrolment's page and no other.
create table enrolment_link (
    token_sha256  bytea       primary key,
    enrolment_id  uuid        not null,
    mail_id       uuid        not null unique,
    created_at    timestamptz not null
);
create index enrolment_link_enrolment on enrolment_link (enrolment_id);
