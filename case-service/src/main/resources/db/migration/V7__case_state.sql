-- What a request needs to know of a case at once, in one row: who runs it and its version (the sequence number of
-- its last event). Kept by the subscribing processor case-state (CaseStateProjection) in the transaction that
-- appends the case's events, so it is never behind the event store: a mediator check or a 409's current version
-- reads one row instead of replaying the case's stream. No personal data (staff ids only).
create table case_state (
    case_id     uuid        primary key,
    mediator_id varchar(64),
    version     bigint      not null
);

-- Every message exchange a case opened, by the sequence number of its MessageExchangeOpenedEvent: the published
-- exchange id is derived from it, and a suspension, resumption or closure belongs to the last opening before it.
-- One row per opening (not only the last), so a republication or a replay of old events finds the opening that
-- was current then. Kept by the same processor.
create table exchange_opening (
    case_id         uuid   not null,
    sequence_number bigint not null,
    primary key (case_id, sequence_number)
);

-- The two tables replayed from the event store: what the projection would have written for every case event
-- stored so far. Run here for an existing installation, and again whenever the tables must be rebuilt (it
-- leaves rows that are already up to date alone). Reads payload types, sequence numbers and the assignment
-- events' mediatorId (a staff id, never encrypted) only.
create function rebuild_case_state() returns void language sql as $$
    insert into case_state (case_id, mediator_id, version)
    select e.aggregate_identifier::uuid,
           (select convert_from(a.payload, 'UTF8')::jsonb ->> 'mediatorId'
              from domain_event_entry a
             where a.aggregate_identifier = e.aggregate_identifier
               and a.payload_type in ('nl.perspectief.cases.casefile.api.MediatorAssignedEvent',
                                      'nl.perspectief.cases.casefile.api.MediatorReassignedEvent')
             order by a.sequence_number desc
             limit 1),
           max(e.sequence_number)
      from domain_event_entry e
     where e.type = 'Case'
     group by e.aggregate_identifier
    on conflict (case_id) do update set mediator_id = excluded.mediator_id, version = excluded.version
     where case_state.version < excluded.version;

    insert into exchange_opening (case_id, sequence_number)
    select aggregate_identifier::uuid, sequence_number
      from domain_event_entry
     where type = 'Case' and payload_type = 'nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent'
    on conflict do nothing;
$$;

select rebuild_case_state();
