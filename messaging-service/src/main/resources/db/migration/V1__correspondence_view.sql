-- What the pages and the API read of each case's correspondence: written by CorrespondenceProjection in the
-- command's own transaction (a subscribing processor), so never behind the events. What a message says, and why it
-- was returned, is the writer's personal data: it is kept only in the documents, encrypted with the writer's key
-- (personal-data), and reads back as null once that key is shredded.
create table correspondence (
    case_id         uuid primary key,
    mediator_id     text,
    exchange_id     uuid,
    state           text        not null,
    applicant_id    uuid,
    other_party_id  uuid,
    state_since     timestamptz,
    -- why it was suspended (SuspensionReason), while it is
    suspended_because text,
    -- the aggregate's last sequence number: the version a step is taken against (If-Match)
    version         bigint      not null
);
create index correspondence_mediator on correspondence (mediator_id);

create table correspondence_message (
    message_id      uuid primary key,
    case_id         uuid        not null references correspondence (case_id),
    writer_id       uuid        not null,
    recipient_id    uuid        not null,
    kind            text        not null,
    status          text        not null,
    version         int         not null,
    recorded_at     timestamptz not null,
    changed_at      timestamptz not null,
    channel         text,
    delivered_at    timestamptz,
    first_read_at   timestamptz
);
create index correspondence_message_case on correspondence_message (case_id, recorded_at);
create index correspondence_message_awaiting_review on correspondence_message (case_id) where status = 'AWAITING_REVIEW';

-- every version of a message, the original and each revision and redaction: nothing is edited in place
create table correspondence_message_version (
    message_id      uuid        not null references correspondence_message (message_id),
    version         int         not null,
    origin          text        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    -- JSON: the writer, the content (encrypted) and the attachments (type, size, digest)
    document        bytea       not null,
    primary key (message_id, version)
);

-- each step of a message, in order, for its history on the page
create table correspondence_message_step (
    message_id      uuid        not null references correspondence_message (message_id),
    position        int         not null,
    step            text        not null,
    version         int         not null,
    performed_by    text,
    at              timestamptz not null,
    channel         text,
    -- JSON, only for a return: its reason, encrypted for the writer
    document        bytea,
    primary key (message_id, position)
);
