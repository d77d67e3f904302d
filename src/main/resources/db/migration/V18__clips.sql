-- An interview's rushes as clips: the reel or tape as the team names it, the rushes file, the start timecode and
-- frame rate (names of witness.interview.FrameRate), the length when known, whether it has picture. A paper edit's
-- bites are cut from them (issue 29).
create sequence clip_seq start with 1 increment by 50;
create table clip (
    id bigint primary key,
    film_id bigint not null references film (id),
    interview_id bigint not null references interview (id),
    clip_key varchar(80) not null,
    reel varchar(100) not null,
    file_name varchar(500),
    start_timecode varchar(11) not null,
    frame_rate varchar(20) not null,
    duration varchar(11),
    picture boolean default true not null,
    version bigint default 0 not null,
    constraint clip_key_in_film unique (film_id, clip_key)
);
create index clip_interview on clip (interview_id);

create table clip_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    interview_id bigint,
    clip_key varchar(80),
    reel varchar(100),
    file_name varchar(500),
    start_timecode varchar(11),
    frame_rate varchar(20),
    duration varchar(11),
    picture boolean,
    primary key (id, rev)
);

-- A bite cut from a clip: the clip and its in and out at frame precision (HH:MM:SS:FF at the clip's rate).
alter table testimony add column clip_id bigint references clip (id);
alter table testimony add column clip_in varchar(11);
alter table testimony add column clip_out varchar(11);
alter table testimony_aud add column clip_id bigint;
alter table testimony_aud add column clip_in varchar(11);
alter table testimony_aud add column clip_out varchar(11);
create index testimony_clip on testimony (clip_id);
