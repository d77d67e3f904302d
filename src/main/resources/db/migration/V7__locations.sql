-- Locations get a street address (the call sheet prints it) and photos from the recce;
-- an interview can be filmed at a location. Photos are kept as bytea, which H2 2.x reads as
-- BINARY VARYING (see V2), so one script serves both databases.
alter table location add column address varchar(500);

alter table interview add column location_id bigint;
alter table interview add constraint interview_location_fk foreign key (location_id) references location (id);

create sequence location_photo_seq start with 1 increment by 50;

create table location_photo (
    id bigint primary key,
    location_id bigint not null references location (id),
    file_name varchar(255) not null,
    content_type varchar(100) not null,
    caption varchar(500),
    file_size bigint not null,
    content bytea not null,
    uploaded_at timestamp not null
);

create index location_photo_location on location_photo (location_id);
create index interview_location on interview (location_id);
