-- Repeating events (E1): a series of occurrences, each an event of its own (registrations, room,
-- forum, archive). The first occurrence's id is the series' id; the index orders the occurrences
-- as the rule made them (iCalendar's RECURRENCE-ID); "changed" marks one edited on its own.
alter table calendar_event add column series_id varchar(36);
alter table calendar_event add column series_frequency varchar(16);
alter table calendar_event add column series_until date;
alter table calendar_event add column series_index integer;
alter table calendar_event add column series_changed boolean default false not null;
create index calendar_event_series_idx on calendar_event (series_id, series_index);
