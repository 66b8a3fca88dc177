-- The desk's Idempotency-Key on POST /api/cases, one per member of staff and key, written in the same
-- transaction as the case's first event (DeskCaseOpening), so a double submit opens one case and a key
-- never exists without its case. The answer's ids are kept to answer a repeat with them; no personal data.
create table idempotency_key (
    staff_id       varchar(64)  not null,
    key            varchar(255) not null,
    request_sha256 char(64)     not null,
    case_id        uuid         not null,
    applicant_id   uuid,
    other_party_id uuid,
    created_at     timestamptz  not null,
    primary key (staff_id, key)
);
