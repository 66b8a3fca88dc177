-- The members of staff who have signed in to the pages, so the desk can choose a mediator by the name the
-- provider knows her by: case-service knows staff only by the provider's opaque subject, and asks the provider
-- nothing else (any OpenID Connect provider will do). Staff only: no client's personal data is ever written here.
create table staff_member (
    subject         varchar(64)  primary key,
    username        varchar(255) not null,
    role            varchar(16)  not null,
    first_seen_at   timestamptz  not null,
    last_seen_at    timestamptz  not null
);

create index staff_member_by_role on staff_member (role, username);
