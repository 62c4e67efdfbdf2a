-- N2: announcements of the Central Support Service to every teacher (or those of one country),
-- fanned out in batches off the request thread; the row tells how far the fan-out is.
create table announcement (
    id           varchar(36)   not null primary key,
    author_id    varchar(36)   not null,
    country      varchar(2),
    text         varchar(1000) not null,
    created_at   timestamp with time zone not null,
    recipients   integer       not null,
    delivered    integer       default 0 not null,
    last_id      varchar(36),
    completed_at timestamp with time zone
);
