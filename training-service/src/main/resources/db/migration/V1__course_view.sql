-- The catalogue as the pages and the API read it: written by CourseProjection in the command's own transaction (a
-- subscribing processor), so never behind the events. A course holds no personal data.
create table course (
    course_id                 uuid primary key,
    title                     text          not null,
    audience                  text          not null,
    description               text,
    -- one decimal at most, so the points (one per net hour) are exact
    net_hours                 numeric(5, 1) not null,
    -- both null unless the course is accredited (professional courses only)
    accreditation_register    text,
    accreditation_activity_id text,
    -- the completion rule: at most this many excused days, no absence
    max_excused_days          int           not null,
    planned_at                timestamptz   not null,
    revised_at                timestamptz
);
create index course_audience_title on course (audience, title);
