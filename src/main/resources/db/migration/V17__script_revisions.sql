-- Script revisions: numbers locked as printed, the numbers of what was deleted since, issued drafts, the title page.
-- A locked film's sequences, scenes and shots keep their number as printed (2.3A for a scene added after 2.3);
-- not audited: the drafts keep what was printed.
alter table film add column production_company varchar(200);
alter table film add column producer varchar(200);
alter table film add column director varchar(200);
alter table film add column writer varchar(200);
alter table film add column contacts varchar(2000);
alter table film add column numbers_locked_at timestamp with time zone;
alter table film add column numbers_locked_by varchar(100);
alter table film_aud add column production_company varchar(200);
alter table film_aud add column producer varchar(200);
alter table film_aud add column director varchar(200);
alter table film_aud add column writer varchar(200);
alter table film_aud add column contacts varchar(2000);
alter table film_aud add column numbers_locked_at timestamp with time zone;
alter table film_aud add column numbers_locked_by varchar(100);

alter table film_sequence add column printed_number varchar(40);
alter table scene add column printed_number varchar(40);
alter table shot add column printed_number varchar(40);

create sequence omitted_number_seq start with 1 increment by 50;
create table omitted_number (
    id bigint primary key,
    film_id bigint not null references film (id) on delete cascade,
    kind varchar(10) not null,
    sequence_id bigint references film_sequence (id) on delete cascade,
    scene_id bigint references scene (id) on delete cascade,
    item_id bigint not null,
    number varchar(40) not null,
    title varchar(300),
    kept varchar(1000000)
);
create index omitted_number_film on omitted_number (film_id);
create index omitted_number_sequence on omitted_number (sequence_id);
create index omitted_number_scene on omitted_number (scene_id);

-- An issued draft: what the script was when it went out, as gzipped JSON, so that later edits leave it as issued.
-- (film_id, number) is unique: of two drafts issued at once, one wins and the other is told.
create sequence script_draft_seq start with 1 increment by 50;
create table script_draft (
    id bigint primary key,
    film_id bigint not null references film (id) on delete cascade,
    number integer not null,
    name varchar(100) not null,
    colour varchar(20) not null,
    issued_at timestamp with time zone not null,
    issued_by varchar(100) not null,
    scenes integer not null,
    shots integer not null,
    seconds integer not null,
    snapshot bytea not null,
    constraint script_draft_number unique (film_id, number)
);
