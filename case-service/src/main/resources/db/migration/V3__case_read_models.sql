-- The case list and detail (issue 3): `case_overview` gains the list's searchable columns, none of them
-- personal data; the detail's evolving state joins the encrypted `details` document. Rows projected
-- before have neither, so the table is emptied and its processor's token dropped: at start-up the
-- tracking processor `case-overview` replays every case event and rebuilds it.
alter table case_overview
    add column mediator_id      varchar(64),
    add column last_activity_at timestamptz,
    add column follow_up_by     date,
    add column version          bigint not null default 0;

create index case_overview_newest_first on case_overview (opened_at desc, case_id);
create index case_overview_status on case_overview (status);
create index case_overview_mediator on case_overview (mediator_id);
create index case_overview_follow_up_by on case_overview (follow_up_by) where follow_up_by is not null;

delete from case_overview;
delete from token_entry where processor_name = 'case-overview';

-- The timeline, projected by the tracking processor `case-timeline`: one row per event of a case (the
-- event's identifier is its key, so a redelivery inserts nothing). Who, when and what kind of step in
-- clear; the plain-words description, the step's own words (encrypted per data subject) and the
-- consents active after the step in `document`.
create table case_timeline (
    event_id        varchar(64)  primary key,
    case_id         uuid         not null,
    sequence_number bigint       not null,
    occurred_at     timestamptz  not null,
    recorded_at     timestamptz  not null,
    staff_id        varchar(64),
    staff_role      varchar(16),
    type            varchar(48)  not null,
    document        bytea        not null,
    unique (case_id, sequence_number)
);
