-- The time zone a user chose for the dates pages and mail show them (an IANA id such as
-- Europe/Madrid); null until they choose one: their country's zone applies (platform.TimeZones).
alter table profile add column time_zone varchar(64);
