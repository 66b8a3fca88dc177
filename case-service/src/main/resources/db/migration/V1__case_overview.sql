-- The case overview read model, projected by the tracking processor `case-overview`; dropped and
-- rebuilt by replay. `details` holds the personal part of the view as a JSON document whose personal
-- fields are encrypted per data subject (the personal-data module), never clear text.
create table case_overview (
    case_id                uuid         primary key,
    registration_id        uuid         not null unique,
    registration_reference varchar(32)  not null unique,
    status                 varchar(32)  not null,
    incident_category      varchar(32)  not null,
    opened_at              timestamptz  not null,
    details                bytea        not null
);
