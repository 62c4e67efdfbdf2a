-- Events (E1, E2, E7): organised by validated teachers, public (listed, open for registration) or
-- private (only for their organisers and the people invited). Times are instants; the organiser's
-- zone is kept to show and repeat them as they were meant.
create table calendar_event (
    id               varchar(36)   not null primary key,
    title            varchar(200)  not null,
    description_html varchar(40000) not null,
    description_text varchar(20000) not null,
    kind             varchar(32)   not null,
    format           varchar(16)   not null,
    -- a face-to-face event's place; null online
    place            varchar(300),
    starts_at        timestamp with time zone not null,
    ends_at          timestamp with time zone not null,
    time_zone        varchar(64)   not null,
    language         varchar(8)    not null,
    visibility       varchar(16)   not null,
    -- at most this many participants; null: no limit but the video room's (online: 100)
    capacity         integer,
    waiting_list     boolean       not null,
    status           varchar(16)   not null,
    -- the organiser who made it; null once their account is erased
    created_by       varchar(36)   references profile (id),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    -- bumped on each change (iCalendar's SEQUENCE)
    sequence         integer       not null,
    version          bigint        not null,
    constraint calendar_event_times_ck check (ends_at > starts_at),
    constraint calendar_event_capacity_ck check (capacity is null or capacity >= 1)
);
-- upcoming public events by start (the list for everyone); a person's own by the tables below
create index calendar_event_start_idx on calendar_event (visibility, status, starts_at);
create index calendar_event_creator_idx on calendar_event (created_by);

create table event_organiser (
    event_id    varchar(36) not null references calendar_event (id),
    profile_id  varchar(36) not null references profile (id),
    primary key (event_id, profile_id)
);
create index event_organiser_profile_idx on event_organiser (profile_id);

-- a participant (REGISTERED) or someone waiting for a seat (WAITING), first come first served
create table event_registration (
    id            varchar(36) not null primary key,
    event_id      varchar(36) not null references calendar_event (id),
    profile_id    varchar(36) not null references profile (id),
    status        varchar(16) not null,
    registered_at timestamp with time zone not null
);
create unique index event_registration_uk on event_registration (event_id, profile_id);
create index event_registration_queue_idx on event_registration (event_id, status, registered_at);
create index event_registration_profile_idx on event_registration (profile_id);

-- someone invited to a (private) event: PENDING until they accept (and are registered) or decline
create table event_invitation (
    id          varchar(36) not null primary key,
    event_id    varchar(36) not null references calendar_event (id),
    profile_id  varchar(36) not null references profile (id),
    invited_by  varchar(36) references profile (id),
    status      varchar(16) not null,
    invited_at  timestamp with time zone not null
);
create unique index event_invitation_uk on event_invitation (event_id, profile_id);
create index event_invitation_profile_idx on event_invitation (profile_id);
create index event_invitation_inviter_idx on event_invitation (invited_by);
