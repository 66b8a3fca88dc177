-- Sessions, their enrolments and attendance as the pages and the API read them: written by SessionProjection in the
-- command's own transaction (a subscribing processor), so never behind the events. A participant's details, and a
-- referring professional's, are personal data: they are kept only in session_enrolment.document, encrypted with
-- their own keys (personal-data), and read back as null once that key is shredded. The session rows and the
-- calendar hold none.
create table training_session (
    session_id                uuid primary key,
    course_id                 uuid          not null,
    -- what the session copied from its course when it was planned
    course_title              text          not null,
    audience                  text          not null,
    net_hours                 numeric(5, 1) not null,
    accreditation_register    text,
    accreditation_activity_id text,
    max_excused_days          int           not null,
    first_day                 date          not null,
    last_day                  date          not null,
    location_kind             text          not null,
    location_description      text          not null,
    -- JSON: the trainers' staff ids
    trainer_ids               jsonb         not null,
    capacity                  int           not null,
    enrolment_opens_at        timestamptz   not null,
    enrolment_closes_at       timestamptz   not null,
    -- ISO-8601, for instance PT48H
    offer_validity            text          not null,
    -- PLANNED, OPEN, RUNNING, COMPLETED or CANCELLED; FULL is derived from the counts when read
    status                    text          not null,
    cancellation_reason       text,
    -- the aggregate's last sequence number
    version                   bigint        not null
);
create index training_session_calendar on training_session (first_day, audience);

create table training_session_day (
    session_id  uuid not null references training_session (session_id),
    day         date not null,
    starts_at   time not null,
    ends_at     time not null,
    primary key (session_id, day)
);

create table session_enrolment (
    enrolment_id          uuid primary key,
    session_id            uuid        not null references training_session (session_id),
    participant_id        uuid        not null,
    channel               text        not null,
    -- CONFIRMED, WAITING, OFFERED or CANCELLED; null only between a request and its outcome, in one transaction
    status                text,
    -- 1 for the first on the waiting list, while WAITING
    waiting_position      int,
    offer_id              uuid,
    offer_expires_at      timestamptz,
    ended_because         text,
    requested_at          timestamptz not null,
    changed_at            timestamptz not null,
    completion            text,
    not_completed_reason  text,
    certificate_id        uuid,
    verification_code     text,
    -- JSON: the participant's details (encrypted for them) and who enrolled them (a professional encrypted for them)
    document              bytea       not null
);
create index session_enrolment_session on session_enrolment (session_id, status, waiting_position);

-- the latest mark of each participant on each day; a correction replaces it here, the events keep every one
create table enrolment_attendance (
    enrolment_id  uuid        not null references session_enrolment (enrolment_id),
    day           date        not null,
    mark          text        not null,
    recorded_by   text,
    recorded_at   timestamptz not null,
    primary key (enrolment_id, day)
);
