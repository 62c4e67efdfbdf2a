-- Video rooms of online events (E3): closed by an organiser; the seats of the room, one per
-- person who joined (at most 100 at once), with the OpenVidu connection they were last given.
alter table calendar_event add column room_closed_at timestamp with time zone;

create table event_video_seat (
    event_id      varchar(36)  not null references calendar_event (id),
    profile_id    varchar(36)  not null references profile (id),
    -- MODERATOR (an organiser) or PUBLISHER
    role          varchar(16)  not null,
    -- OpenVidu's connection id; null while the token is being asked for
    connection_id varchar(64),
    joined_at     timestamp with time zone not null,
    -- when the video server last gave it a connection: seats connected before the server was asked who is there
    -- and not in its answer have left
    connected_at  timestamp with time zone,
    primary key (event_id, profile_id)
);
create index event_video_seat_profile_idx on event_video_seat (profile_id);
