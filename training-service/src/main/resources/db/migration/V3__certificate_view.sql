-- Issued certificates: what each shows, for its PDF, and the verification code the public check page looks up (which
-- answers with the course and the dates only). The participant's name and registration number are personal data,
-- kept only in the document, encrypted for them.
create table session_certificate (
    certificate_id            uuid primary key,
    verification_code         text          not null,
    session_id                uuid          not null references training_session (session_id),
    enrolment_id              uuid          not null unique references session_enrolment (enrolment_id),
    participant_id            uuid          not null,
    course_title              text          not null,
    audience                  text          not null,
    net_hours                 numeric(5, 1) not null,
    accreditation_register    text,
    accreditation_activity_id text,
    accreditation_points      numeric(5, 1),
    issued_at                 timestamptz   not null,
    -- JSON: the participant's name and registration number, encrypted for them
    document                  bytea         not null
);
-- codes are checked whatever case they are typed in; two certificates never share one
create unique index session_certificate_code on session_certificate (upper(verification_code));
