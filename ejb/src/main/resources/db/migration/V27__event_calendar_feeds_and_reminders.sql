-- E6: a person's private iCalendar feed, answered without sign-in at /api/v1/calendar/{secret}.ics. The
-- secret itself is kept (not a hash): the calendar page shows the address again for its owner to copy
-- into another calendar application; resetting it replaces it, and the old address answers 404. One
-- feed per person; erased with them.
create table event_calendar_feed (
    profile_id  varchar(36) not null primary key references profile (id),
    -- the secret of the address is HMAC(server key, profile and nonce): kept is its SHA-256 alone, so that
    -- whoever reads the database (a backup, a replica) opens nobody's feed
    nonce       varchar(64) not null,
    secret_hash varchar(64) not null,
    created_at  timestamp with time zone not null
);
create unique index event_calendar_feed_secret_uk on event_calendar_feed (secret_hash);

-- Reminders 24 h and 1 h before an event's start: each claimed once by the node whose conditional
-- update (reminded_... = false -> true) counted, whatever the number of nodes. A change of the start
-- makes them due again.
alter table calendar_event add column reminded_day boolean default false not null;
alter table calendar_event add column reminded_hour boolean default false not null;
-- the reminders due: scheduled events by start
create index calendar_event_reminder_idx on calendar_event (status, starts_at);
