-- The language of the page or the Accept-Language of the API call an enrolment was made with, so its mails are
-- written in it (Dutch when there is no row: enrolled by a trainer, or before this table). Written by the public
-- door before the enrolment's command, so it is there when the first mail is queued.
create table enrolment_language (
    enrolment_id  uuid        primary key,
    language      text        not null check (language in ('nl', 'en')),
    recorded_at   timestamptz not null
);
