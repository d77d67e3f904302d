-- Journal articles need their volume and issue, and archive documents the archive's place, to be cited properly.
alter table source add column volume varchar(20);
alter table source add column issue varchar(20);
alter table source add column archive_place varchar(200);
