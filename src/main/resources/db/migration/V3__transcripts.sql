-- Interview transcripts: one per interview, its lines in order. Runs unchanged on H2 and PostgreSQL.

create sequence transcript_seq start with 1 increment by 50;
create sequence transcript_line_seq start with 1 increment by 50;

create table transcript (
    id bigint primary key,
    interview_id bigint not null unique references interview (id),
    format varchar(10) not null,
    file_name varchar(300),
    version bigint not null
);

create table transcript_line (
    id bigint primary key,
    transcript_id bigint not null references transcript (id),
    position integer not null,
    start_millis bigint not null,
    end_millis bigint,
    speaker varchar(200),
    text varchar(20000) not null,
    constraint transcript_line_position_unique unique (transcript_id, position)
);

create index transcript_line_transcript on transcript_line (transcript_id);
