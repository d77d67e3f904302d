-- A location's parking for the crew's vehicles and its nearest hospital (name, address, phone), as a call sheet
-- prints them (issue 30).
alter table location add column parking varchar(1000);
alter table location add column hospital varchar(1000);
alter table location_aud add column parking varchar(1000);
alter table location_aud add column hospital varchar(1000);
