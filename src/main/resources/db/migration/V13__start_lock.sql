-- The first start of an installation, coordinated (issue 25): an instance holds this row (select ... for update)
-- while it imports the dossier and creates the first producer, so that a second instance starting at the same time
-- on the same database waits, then finds them made and starts quietly.
create table start_lock (
    id integer primary key
);

insert into start_lock (id) values (1);
