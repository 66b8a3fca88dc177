-- Break-glass access (issue 4): a mediator covering for an absent colleague reads a case not assigned
-- to them, for a limited time, with a written reason. The reason is encrypted with the case as its data
-- subject (erasing the case erases it); who, which case and when stay in clear for compliance's list.
-- Every read made by a grant is in access_log with its grant_id.
create table break_glass_grant (
    grant_id    uuid         primary key,
    case_id     uuid         not null,
    mediator_id varchar(64)  not null,
    granted_at  timestamptz  not null,
    expires_at  timestamptz  not null check (expires_at > granted_at),
    reason      bytea        not null
);

create index break_glass_grant_valid on break_glass_grant (case_id, mediator_id, expires_at desc);
create index break_glass_grant_newest_first on break_glass_grant (granted_at desc);
