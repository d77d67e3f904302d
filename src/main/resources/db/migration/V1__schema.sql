-- Witness schema: runs unchanged on H2 and PostgreSQL.

create sequence film_seq start with 1 increment by 50;
create sequence film_sequence_seq start with 1 increment by 50;
create sequence scene_seq start with 1 increment by 50;
create sequence shot_seq start with 1 increment by 50;
create sequence person_seq start with 1 increment by 50;
create sequence interview_seq start with 1 increment by 50;
create sequence testimony_seq start with 1 increment by 50;
create sequence source_seq start with 1 increment by 50;
create sequence citation_seq start with 1 increment by 50;
create sequence chronology_event_seq start with 1 increment by 50;
create sequence research_log_entry_seq start with 1 increment by 50;
create sequence location_seq start with 1 increment by 50;
create sequence schedule_seq start with 1 increment by 50;
create sequence shoot_day_seq start with 1 increment by 50;
create sequence witness_user_seq start with 1 increment by 50;

create table film (
    id bigint primary key,
    slug varchar(80) not null unique,
    title varchar(300) not null,
    broadcaster varchar(200),
    logline varchar(2000),
    synopsis varchar(20000),
    target_minutes integer,
    version bigint not null
);

create table person (
    id bigint primary key,
    film_id bigint not null references film (id),
    person_key varchar(80) not null,
    name varchar(200) not null,
    other_names varchar(1000),
    relation varchar(300) not null,
    role varchar(20) not null,
    languages varchar(1000),
    alive boolean,
    notes varchar(4000),
    version bigint not null,
    constraint person_key_unique unique (film_id, person_key)
);

create table source (
    id bigint primary key,
    film_id bigint not null references film (id),
    source_key varchar(120) not null,
    type varchar(40) not null,
    title varchar(1000) not null,
    issued varchar(20),
    publisher varchar(300),
    publisher_place varchar(200),
    container_title varchar(500),
    page varchar(50),
    url varchar(1000),
    archive varchar(300),
    archive_location varchar(300),
    call_number varchar(100),
    language varchar(20),
    note varchar(4000),
    clearance varchar(20) not null,
    rights_holder varchar(300),
    fee numeric(12, 2),
    currency varchar(3),
    territory varchar(200),
    term varchar(200),
    lost boolean not null,
    version bigint not null,
    constraint source_key_unique unique (film_id, source_key)
);

create table source_name (
    source_id bigint not null references source (id),
    position integer not null,
    name_role varchar(20) not null,
    family varchar(200),
    given varchar(200),
    literal varchar(300),
    primary key (source_id, position)
);

create table location (
    id bigint primary key,
    film_id bigint not null references film (id),
    location_key varchar(80) not null,
    name varchar(200) not null,
    city varchar(200),
    country varchar(100),
    latitude double precision,
    longitude double precision,
    periods varchar(1000),
    access varchar(4000),
    permit varchar(20) not null,
    contact varchar(1000),
    recce varchar(20) not null,
    notes varchar(4000),
    version bigint not null,
    constraint location_key_unique unique (film_id, location_key)
);

create table chronology_event (
    id bigint primary key,
    film_id bigint not null references film (id),
    event_key varchar(80) not null,
    event_date date not null,
    date_precision varchar(10) not null,
    place varchar(200),
    description varchar(4000) not null,
    version bigint not null,
    constraint event_key_unique unique (film_id, event_key)
);

create table event_person (
    chronology_event_id bigint not null references chronology_event (id),
    people_id bigint not null references person (id),
    primary key (chronology_event_id, people_id)
);

create table event_source (
    chronology_event_id bigint not null references chronology_event (id),
    sources_id bigint not null references source (id),
    primary key (chronology_event_id, sources_id)
);

create table interview (
    id bigint primary key,
    film_id bigint not null references film (id),
    interview_key varchar(80) not null,
    person_id bigint references person (id),
    label varchar(200),
    status varchar(20) not null,
    language varchar(100),
    interpreter varchar(200),
    place varchar(200),
    interview_date date,
    topics varchar(4000),
    questions varchar(20000),
    release varchar(10) not null,
    release_signed_on date,
    fee numeric(12, 2),
    notes varchar(4000),
    version bigint not null,
    constraint interview_key_unique unique (film_id, interview_key)
);

create table testimony (
    id bigint primary key,
    film_id bigint not null references film (id),
    testimony_key varchar(80) not null,
    person_id bigint not null references person (id),
    interview_id bigint references interview (id),
    timecode_in varchar(12),
    timecode_out varchar(12),
    source_id bigint references source (id),
    page varchar(50),
    text varchar(20000) not null,
    version bigint not null,
    constraint testimony_key_unique unique (film_id, testimony_key)
);

create table film_sequence (
    id bigint primary key,
    film_id bigint not null references film (id),
    sequence_key varchar(80) not null,
    position integer not null,
    title varchar(300) not null,
    period varchar(100),
    synopsis varchar(20000),
    version bigint not null,
    constraint sequence_key_unique unique (film_id, sequence_key)
);

create table scene (
    id bigint primary key,
    sequence_id bigint not null references film_sequence (id),
    scene_key varchar(80) not null,
    position integer not null,
    title varchar(300) not null,
    purpose varchar(2000),
    setting varchar(300),
    era varchar(100),
    narration varchar(20000),
    estimated_seconds integer,
    status varchar(20) not null,
    version bigint not null
);

create table scene_event (
    scene_id bigint not null references scene (id),
    events_id bigint not null references chronology_event (id),
    primary key (scene_id, events_id)
);

create table scene_testimony (
    scene_id bigint not null references scene (id),
    testimonies_id bigint not null references testimony (id),
    position integer not null,
    primary key (scene_id, position)
);

create table shot (
    id bigint primary key,
    scene_id bigint not null references scene (id),
    shot_key varchar(80) not null,
    position integer not null,
    kind varchar(30) not null,
    description varchar(4000),
    audio varchar(20),
    framing varchar(10),
    movement varchar(20),
    seconds integer,
    location_id bigint references location (id),
    person_id bigint references person (id),
    source_id bigint references source (id),
    status varchar(20) not null,
    notes varchar(4000),
    version bigint not null
);

create table citation (
    id bigint primary key,
    scene_id bigint not null references scene (id),
    shot_id bigint references shot (id),
    source_id bigint references source (id),
    testimony_id bigint references testimony (id),
    position integer not null,
    locator varchar(100),
    cited_text varchar(20000),
    claim varchar(4000),
    status varchar(20) not null,
    verified_by varchar(200),
    verified_on date,
    version bigint not null
);

create table research_log_entry (
    id bigint primary key,
    film_id bigint not null references film (id),
    entry_date date not null,
    researcher varchar(200) not null,
    kind varchar(20) not null,
    summary varchar(500) not null,
    findings varchar(20000),
    version bigint not null
);

create table follow_up (
    research_log_entry_id bigint not null references research_log_entry (id),
    position integer not null,
    follow_up_text varchar(2000) not null,
    done boolean not null,
    primary key (research_log_entry_id, position)
);

create table log_source (
    research_log_entry_id bigint not null references research_log_entry (id),
    sources_id bigint not null references source (id),
    primary key (research_log_entry_id, sources_id)
);

create table log_person (
    research_log_entry_id bigint not null references research_log_entry (id),
    people_id bigint not null references person (id),
    primary key (research_log_entry_id, people_id)
);

create table log_scene (
    research_log_entry_id bigint not null references research_log_entry (id),
    scenes_id bigint not null references scene (id),
    primary key (research_log_entry_id, scenes_id)
);

create table log_location (
    research_log_entry_id bigint not null references research_log_entry (id),
    locations_id bigint not null references location (id),
    primary key (research_log_entry_id, locations_id)
);

create table schedule (
    id bigint primary key,
    film_id bigint not null references film (id),
    schedule_key varchar(80) not null,
    name varchar(200) not null,
    version bigint not null,
    constraint schedule_key_unique unique (film_id, schedule_key)
);

create table shoot_day (
    id bigint primary key,
    schedule_id bigint not null references schedule (id),
    shoot_date date not null,
    location_id bigint references location (id),
    call_time time,
    wrap_time time,
    crew varchar(1000),
    travel varchar(1000),
    notes varchar(4000),
    version bigint not null
);

create table shoot_day_interview (
    shoot_day_id bigint not null references shoot_day (id),
    interviews_id bigint not null references interview (id),
    position integer not null,
    primary key (shoot_day_id, position)
);

create table shoot_day_shot (
    shoot_day_id bigint not null references shoot_day (id),
    shots_id bigint not null references shot (id),
    position integer not null,
    primary key (shoot_day_id, position)
);

create table witness_user (
    id bigint primary key,
    username varchar(80) not null unique,
    password_hash varchar(100) not null,
    role varchar(20) not null,
    enabled boolean not null,
    version bigint not null
);

create index scene_sequence on scene (sequence_id);
create index shot_scene on shot (scene_id);
create index citation_scene on citation (scene_id);
create index log_film_date on research_log_entry (film_id, entry_date);
create index shoot_day_schedule on shoot_day (schedule_id);
