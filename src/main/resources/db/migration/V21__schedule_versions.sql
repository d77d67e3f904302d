-- A schedule as published (issue 30): numbered per schedule, when and by whom, how many days, and the schedule
-- itself as gzipped JSON (witness.schedule.ScheduleSnapshot) that later changes do not touch. (schedule_id, number)
-- is unique: of two publications at once, one wins and the other is told. Gone with its schedule.
create sequence schedule_version_seq start with 1 increment by 50;
create table schedule_version (
    id bigint primary key,
    schedule_id bigint not null references schedule (id) on delete cascade,
    number integer not null,
    published_at timestamp with time zone not null,
    published_by varchar(100) not null,
    days integer not null,
    snapshot bytea not null,
    constraint schedule_version_number unique (schedule_id, number)
);
