-- Idempotency-Key of the public enrolment API (and the enrolment form's own key): the same key with the same request
-- answers the first answer again and enrols nobody new; with another request it is refused (422). The request is
-- kept only as an HMAC of the session and what was sent (the service's key, not a plain hash of someone's details).
-- status and waiting_position are the first answer, null until the enrolment's command has been handled; a request
-- refused by a rule leaves no row.
create table public_enrolment_request (
    idempotency_key   text        primary key,
    request_hmac      bytea       not null,
    enrolment_id      uuid        not null,
    status            text,
    waiting_position  int,
    created_at        timestamptz not null
);
