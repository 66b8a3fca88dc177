-- The steps of the parties' correspondence that messaging-service reports on messaging.correspondence-events.v1
-- (a message delivered, its receipt confirmed), shown on the case's timeline among the case's own steps, merged when
-- the timeline is read. One row per report, its envelope's event id the key, so a redelivery inserts nothing; the
-- reports may arrive in any order (a receipt before its delivery), and each is kept as it comes. Written by the
-- consumer, not by a projection of the case's events: resetting the read models leaves it alone, as it must, since
-- the reports cannot be replayed from the case's event store. Ids, kinds and times only: the topic carries no
-- message's words, and no name.
create table correspondence_step (
    event_id      uuid         primary key,
    case_id       uuid         not null,
    message_id    uuid         not null,
    step          varchar(24)  not null check (step in ('MESSAGE_DELIVERED', 'RECEIPT_CONFIRMED')),
    -- the kind and channel of a delivery; a receipt's kind is its delivery's, found when the timeline is read
    kind          varchar(32),
    channel       varchar(32),
    -- the parties by their data-subject ids; their sides (roles) are the case's to tell, when the timeline is read
    from_party_id uuid,
    to_party_id   uuid         not null,
    mediator_id   varchar(255) not null,
    -- delivered at, or first read at
    occurred_at   timestamptz  not null,
    received_at   timestamptz  not null,
    check (step <> 'MESSAGE_DELIVERED' or (kind is not null and channel is not null and from_party_id is not null))
);

create index correspondence_step_of_case on correspondence_step (case_id, occurred_at);
