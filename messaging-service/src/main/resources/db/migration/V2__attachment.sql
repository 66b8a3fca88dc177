-- The attachments of messages (nl.perspectief.messaging.attachments.AttachmentStore): the bytes and the uploader's
-- file name sealed with the writer's subject key (personal-data), so a dump of this table holds no attachment and no
-- name in clear, and shredding the writer's key erases them. Type, size and digest stay readable: a message version
-- names them anyway. Stands on its own: no other table of this service is needed.
create table attachment (
    attachment_id    uuid        primary key,
    case_id          uuid        not null,
    message_id       uuid        not null,
    writer_id        uuid        not null,
    -- detected from the bytes (Apache Tika), never the name or the declared Content-Type
    media_type       text        not null,
    size_bytes       bigint      not null check (size_bytes > 0),
    sha256           text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    -- the empty name sealed when none was given, so every row tells whether its writer was erased
    sealed_file_name bytea       not null,
    sealed_content   bytea       not null,
    stored_at        timestamptz not null
);
-- ciphertext does not compress: kept out of line without TOAST's attempt to compress up to 200 MB first
alter table attachment alter column sealed_content set storage external;
create index attachment_message on attachment (message_id);
