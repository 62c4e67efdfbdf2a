-- Shared mechanisms (DESIGN.md): the one store of uploaded files. The bytes live on disk
-- (media.FileDirectory), under the row's id; a row is what is known of a file. Portable SQL for
-- H2 and PostgreSQL.

create table stored_file (
    id            varchar(36)  not null primary key,
    uploader_id   varchar(36)  not null references profile (id),
    -- the feature and the thing it is attached to (a message, a post); null while unattached
    owner         varchar(40),
    owner_id      varchar(64),
    name          varchar(255) not null,
    type          varchar(100) not null,
    size          bigint       not null,
    has_thumbnail boolean      not null,
    created_at    timestamp with time zone not null,
    attached_at   timestamp with time zone,
    constraint stored_file_attached_ck check ((owner is null) = (owner_id is null))
);
-- a thing's files, and the unattached ones (owner null) that expire
create index stored_file_owner_idx on stored_file (owner, owner_id);
-- a person's unattached uploads (their data, their erasure)
create index stored_file_uploader_idx on stored_file (uploader_id, owner);
