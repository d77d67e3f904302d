-- A location's time zone (a region of the tz database): shoot days there are written in it in the calendar.
alter table location add column time_zone varchar(64);
alter table location_aud add column time_zone varchar(64);
