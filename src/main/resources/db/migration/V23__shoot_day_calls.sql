-- A shoot day calls people of the film — crew and interviewees — each with their own call time (none: the day's
-- call) and notes (issue 30). One call per person and day. Gone with its day; a person who is called cannot be
-- deleted until the call is. The free-text crew of the days becomes calls in V24 (a Java migration,
-- witness.schedule.V24__Shoot_day_crew_to_calls), which then drops the crew column.
create sequence shoot_day_call_seq start with 1 increment by 50;
create table shoot_day_call (
    id bigint primary key,
    shoot_day_id bigint not null references shoot_day (id) on delete cascade,
    person_id bigint not null references person (id),
    call_time time,
    notes varchar(500),
    version bigint not null,
    constraint shoot_day_call_once unique (shoot_day_id, person_id)
);
create index shoot_day_call_person on shoot_day_call (person_id);

-- Room in a day's notes for the crew lines V24 keeps there (4,000 characters of notes and 1,000 of crew before).
alter table shoot_day alter column notes set data type varchar(5200);
alter table shoot_day_aud alter column notes set data type varchar(5200);

create table shoot_day_call_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    shoot_day_id bigint,
    person_id bigint,
    call_time time,
    notes varchar(500),
    primary key (id, rev)
);
