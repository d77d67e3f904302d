-- Shooting script exports made in the background: the job's progress and, once done, the file itself.
-- The file is kept in the row (bytea, which H2 2.x reads as BINARY VARYING, as in V2 and V7) so that any
-- instance behind the same database can show the progress page and serve the download.
-- updated_at is the heartbeat of the instance making the file: a queued or running row whose heartbeat
-- stops is read as interrupted. Rows older than a day are deleted when a new export starts.
create sequence script_export_seq start with 1 increment by 50;

create table script_export (
    id bigint primary key,
    film_id bigint not null references film (id) on delete cascade,
    format varchar(20) not null,
    options varchar(100000) not null,
    status varchar(20) not null,
    scenes_done integer default 0 not null,
    scenes_total integer default 0 not null,
    message varchar(1000),
    file_name varchar(255),
    content bytea,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint default 0 not null
);

create index script_export_film on script_export (film_id);
create index script_export_created on script_export (created_at);
