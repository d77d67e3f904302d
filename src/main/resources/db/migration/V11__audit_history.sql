-- Audit history (Hibernate Envers). Every change to an audited entity is one revision (who and when, in
-- revision) and, per changed row, a row of <table>_aud: the row's values after the change, the revision, and
-- revtype (0 created, 1 changed, 2 deleted: a deleted row keeps its last values, so that it can be restored).
-- Collections (join tables, follow-ups, source names) have audit tables of their own, one row per element
-- added (0) or removed (2). Binary contents (photos, release form scans, script export files) and password
-- hashes are not audited. Runs unchanged on H2 and PostgreSQL.

create sequence revision_seq start with 51 increment by 50;

create table revision (
    id bigint primary key,
    revision_time timestamp with time zone not null,
    username varchar(80) not null
);

create table chronology_event_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    event_key varchar(80),
    event_date date,
    date_precision varchar(10),
    place varchar(200),
    description varchar(4000),
    primary key (id, rev)
);

create table citation_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    scene_id bigint,
    shot_id bigint,
    source_id bigint,
    testimony_id bigint,
    position integer,
    locator varchar(100),
    cited_text varchar(20000),
    claim varchar(4000),
    status varchar(20),
    verified_by varchar(200),
    verified_on date,
    primary key (id, rev)
);

create table event_person_aud (
    chronology_event_id bigint not null,
    people_id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (chronology_event_id, people_id, rev)
);

create table event_source_aud (
    chronology_event_id bigint not null,
    sources_id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (chronology_event_id, sources_id, rev)
);

create table film_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    slug varchar(80),
    title varchar(300),
    broadcaster varchar(200),
    logline varchar(2000),
    synopsis varchar(20000),
    target_minutes integer,
    primary key (id, rev)
);

create table film_sequence_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    sequence_key varchar(80),
    position integer,
    title varchar(300),
    period varchar(100),
    synopsis varchar(20000),
    primary key (id, rev)
);

create table follow_up_aud (
    research_log_entry_id bigint not null,
    position integer not null,
    rev bigint not null references revision (id),
    revtype smallint not null,
    follow_up_text varchar(2000),
    done boolean,
    primary key (research_log_entry_id, position, rev, revtype)
);

create table interview_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    interview_key varchar(80),
    person_id bigint,
    label varchar(200),
    status varchar(20),
    language varchar(100),
    interpreter varchar(200),
    place varchar(200),
    interview_date date,
    topics varchar(4000),
    questions varchar(20000),
    release varchar(10),
    release_signed_on date,
    fee numeric(12,2),
    notes varchar(4000),
    location_id bigint,
    primary key (id, rev)
);

create table location_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    location_key varchar(80),
    name varchar(200),
    city varchar(200),
    country varchar(100),
    latitude double precision,
    longitude double precision,
    periods varchar(1000),
    access varchar(4000),
    permit varchar(20),
    contact varchar(1000),
    recce varchar(20),
    notes varchar(4000),
    address varchar(500),
    primary key (id, rev)
);

create table location_photo_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    location_id bigint,
    file_name varchar(255),
    content_type varchar(100),
    caption varchar(500),
    file_size bigint,
    uploaded_at timestamp,
    primary key (id, rev)
);

create table log_location_aud (
    research_log_entry_id bigint not null,
    locations_id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (research_log_entry_id, locations_id, rev)
);

create table log_person_aud (
    research_log_entry_id bigint not null,
    people_id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (research_log_entry_id, people_id, rev)
);

create table log_scene_aud (
    research_log_entry_id bigint not null,
    scenes_id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (research_log_entry_id, scenes_id, rev)
);

create table log_source_aud (
    research_log_entry_id bigint not null,
    sources_id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (research_log_entry_id, sources_id, rev)
);

create table person_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    person_key varchar(80),
    name varchar(200),
    other_names varchar(1000),
    relation varchar(300),
    role varchar(20),
    languages varchar(1000),
    alive boolean,
    notes varchar(4000),
    primary key (id, rev)
);

create table person_contact_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    person_id bigint,
    phone varchar(100),
    email varchar(200),
    address varchar(1000),
    note varchar(4000),
    primary key (id, rev)
);

create table release_form_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    interview_id bigint,
    file_name varchar(255),
    content_type varchar(100),
    file_size bigint,
    uploaded_at timestamp,
    primary key (id, rev)
);

create table research_log_entry_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    entry_date date,
    researcher varchar(200),
    kind varchar(20),
    summary varchar(500),
    findings varchar(20000),
    primary key (id, rev)
);

create table scene_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    sequence_id bigint,
    scene_key varchar(80),
    position integer,
    title varchar(300),
    purpose varchar(2000),
    setting varchar(300),
    era varchar(100),
    narration varchar(20000),
    estimated_seconds integer,
    status varchar(20),
    primary key (id, rev)
);

create table scene_event_aud (
    scene_id bigint not null,
    events_id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (scene_id, events_id, rev)
);

create table scene_testimony_aud (
    scene_id bigint not null,
    testimonies_id bigint not null,
    position integer not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (scene_id, testimonies_id, position, rev)
);

create table schedule_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    schedule_key varchar(80),
    name varchar(200),
    day_limit_minutes integer,
    minutes_per_shot integer,
    minutes_per_interview integer,
    max_travel_km integer,
    primary key (id, rev)
);

create table script_export_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    format varchar(20),
    options varchar(100000),
    status varchar(20),
    scenes_done integer,
    scenes_total integer,
    message varchar(1000),
    file_name varchar(255),
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    primary key (id, rev)
);

create table shoot_day_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    schedule_id bigint,
    shoot_date date,
    location_id bigint,
    call_time time,
    wrap_time time,
    crew varchar(1000),
    travel varchar(1000),
    notes varchar(4000),
    primary key (id, rev)
);

create table shoot_day_interview_aud (
    shoot_day_id bigint not null,
    interviews_id bigint not null,
    position integer not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (shoot_day_id, interviews_id, position, rev)
);

create table shoot_day_shot_aud (
    shoot_day_id bigint not null,
    shots_id bigint not null,
    position integer not null,
    rev bigint not null references revision (id),
    revtype smallint,
    primary key (shoot_day_id, shots_id, position, rev)
);

create table shot_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    scene_id bigint,
    shot_key varchar(80),
    position integer,
    kind varchar(30),
    description varchar(4000),
    audio varchar(20),
    framing varchar(10),
    movement varchar(20),
    seconds integer,
    location_id bigint,
    person_id bigint,
    source_id bigint,
    status varchar(20),
    notes varchar(4000),
    primary key (id, rev)
);

create table source_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    source_key varchar(120),
    type varchar(40),
    title varchar(1000),
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
    clearance varchar(20),
    rights_holder varchar(300),
    fee numeric(12,2),
    currency varchar(3),
    territory varchar(200),
    term varchar(200),
    lost boolean,
    doi varchar(200),
    isbn varchar(40),
    volume varchar(20),
    issue varchar(20),
    archive_place varchar(200),
    primary key (id, rev)
);

create table source_name_aud (
    source_id bigint not null,
    position integer not null,
    rev bigint not null references revision (id),
    revtype smallint not null,
    name_role varchar(20),
    family varchar(200),
    given varchar(200),
    literal varchar(300),
    primary key (source_id, position, rev, revtype)
);

create table testimony_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    film_id bigint,
    testimony_key varchar(80),
    person_id bigint,
    interview_id bigint,
    timecode_in varchar(12),
    timecode_out varchar(12),
    source_id bigint,
    page varchar(50),
    text varchar(20000),
    primary key (id, rev)
);

create table transcript_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    interview_id bigint,
    format varchar(10),
    file_name varchar(300),
    primary key (id, rev)
);

create table transcript_line_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    transcript_id bigint,
    position integer,
    start_millis bigint,
    end_millis bigint,
    speaker varchar(200),
    text varchar(20000),
    primary key (id, rev)
);

create table witness_user_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    username varchar(80),
    role varchar(20),
    enabled boolean,
    primary key (id, rev)
);

-- What the history pages and the deleted items page look up besides the primary keys.
create index film_sequence_aud_film on film_sequence_aud (film_id);
create index scene_aud_sequence on scene_aud (sequence_id);
create index shot_aud_scene on shot_aud (scene_id);
create index citation_aud_scene on citation_aud (scene_id);
create index citation_aud_source on citation_aud (source_id);
create index interview_aud_film on interview_aud (film_id);
create index transcript_aud_interview on transcript_aud (interview_id);
create index release_form_aud_interview on release_form_aud (interview_id);
create index source_aud_film on source_aud (film_id);
create index person_aud_film on person_aud (film_id);
create index person_contact_aud_person on person_contact_aud (person_id);
create index location_aud_film on location_aud (film_id);
create index research_log_entry_aud_film on research_log_entry_aud (film_id);
create index chronology_event_aud_film on chronology_event_aud (film_id);

-- An installation that already holds films starts its history with revision 1: everything there is, as it
-- is, recorded by 'system'. (Revision numbers from the sequence start above it: 2, 3, …)
insert into revision (id, revision_time, username)
    select 1, current_timestamp, 'system' from (select count(*) as n from film) f, (select count(*) as n from witness_user) u
    where f.n + u.n > 0;

insert into chronology_event_aud (rev, revtype, id, film_id, event_key, event_date, date_precision, place, description)
    select 1, 0, id, film_id, event_key, event_date, date_precision, place, description from chronology_event;
insert into citation_aud (rev, revtype, id, scene_id, shot_id, source_id, testimony_id, position, locator, cited_text, claim, status, verified_by, verified_on)
    select 1, 0, id, scene_id, shot_id, source_id, testimony_id, position, locator, cited_text, claim, status, verified_by, verified_on from citation;
insert into event_person_aud (rev, revtype, chronology_event_id, people_id)
    select 1, 0, chronology_event_id, people_id from event_person;
insert into event_source_aud (rev, revtype, chronology_event_id, sources_id)
    select 1, 0, chronology_event_id, sources_id from event_source;
insert into film_aud (rev, revtype, id, slug, title, broadcaster, logline, synopsis, target_minutes)
    select 1, 0, id, slug, title, broadcaster, logline, synopsis, target_minutes from film;
insert into film_sequence_aud (rev, revtype, id, film_id, sequence_key, position, title, period, synopsis)
    select 1, 0, id, film_id, sequence_key, position, title, period, synopsis from film_sequence;
insert into follow_up_aud (rev, revtype, research_log_entry_id, position, follow_up_text, done)
    select 1, 0, research_log_entry_id, position, follow_up_text, done from follow_up;
insert into interview_aud (rev, revtype, id, film_id, interview_key, person_id, label, status, language, interpreter, place, interview_date, topics, questions, release, release_signed_on, fee, notes, location_id)
    select 1, 0, id, film_id, interview_key, person_id, label, status, language, interpreter, place, interview_date, topics, questions, release, release_signed_on, fee, notes, location_id from interview;
insert into location_aud (rev, revtype, id, film_id, location_key, name, city, country, latitude, longitude, periods, access, permit, contact, recce, notes, address)
    select 1, 0, id, film_id, location_key, name, city, country, latitude, longitude, periods, access, permit, contact, recce, notes, address from location;
insert into location_photo_aud (rev, revtype, id, location_id, file_name, content_type, caption, file_size, uploaded_at)
    select 1, 0, id, location_id, file_name, content_type, caption, file_size, uploaded_at from location_photo;
insert into log_location_aud (rev, revtype, research_log_entry_id, locations_id)
    select 1, 0, research_log_entry_id, locations_id from log_location;
insert into log_person_aud (rev, revtype, research_log_entry_id, people_id)
    select 1, 0, research_log_entry_id, people_id from log_person;
insert into log_scene_aud (rev, revtype, research_log_entry_id, scenes_id)
    select 1, 0, research_log_entry_id, scenes_id from log_scene;
insert into log_source_aud (rev, revtype, research_log_entry_id, sources_id)
    select 1, 0, research_log_entry_id, sources_id from log_source;
insert into person_aud (rev, revtype, id, film_id, person_key, name, other_names, relation, role, languages, alive, notes)
    select 1, 0, id, film_id, person_key, name, other_names, relation, role, languages, alive, notes from person;
insert into person_contact_aud (rev, revtype, id, person_id, phone, email, address, note)
    select 1, 0, id, person_id, phone, email, address, note from person_contact;
insert into release_form_aud (rev, revtype, id, interview_id, file_name, content_type, file_size, uploaded_at)
    select 1, 0, id, interview_id, file_name, content_type, file_size, uploaded_at from release_form;
insert into research_log_entry_aud (rev, revtype, id, film_id, entry_date, researcher, kind, summary, findings)
    select 1, 0, id, film_id, entry_date, researcher, kind, summary, findings from research_log_entry;
insert into scene_aud (rev, revtype, id, sequence_id, scene_key, position, title, purpose, setting, era, narration, estimated_seconds, status)
    select 1, 0, id, sequence_id, scene_key, position, title, purpose, setting, era, narration, estimated_seconds, status from scene;
insert into scene_event_aud (rev, revtype, scene_id, events_id)
    select 1, 0, scene_id, events_id from scene_event;
insert into scene_testimony_aud (rev, revtype, scene_id, testimonies_id, position)
    select 1, 0, scene_id, testimonies_id, position from scene_testimony;
insert into schedule_aud (rev, revtype, id, film_id, schedule_key, name, day_limit_minutes, minutes_per_shot, minutes_per_interview, max_travel_km)
    select 1, 0, id, film_id, schedule_key, name, day_limit_minutes, minutes_per_shot, minutes_per_interview, max_travel_km from schedule;
insert into script_export_aud (rev, revtype, id, film_id, format, options, status, scenes_done, scenes_total, message, file_name, created_at, updated_at)
    select 1, 0, id, film_id, format, options, status, scenes_done, scenes_total, message, file_name, created_at, updated_at from script_export;
insert into shoot_day_aud (rev, revtype, id, schedule_id, shoot_date, location_id, call_time, wrap_time, crew, travel, notes)
    select 1, 0, id, schedule_id, shoot_date, location_id, call_time, wrap_time, crew, travel, notes from shoot_day;
insert into shoot_day_interview_aud (rev, revtype, shoot_day_id, interviews_id, position)
    select 1, 0, shoot_day_id, interviews_id, position from shoot_day_interview;
insert into shoot_day_shot_aud (rev, revtype, shoot_day_id, shots_id, position)
    select 1, 0, shoot_day_id, shots_id, position from shoot_day_shot;
insert into shot_aud (rev, revtype, id, scene_id, shot_key, position, kind, description, audio, framing, movement, seconds, location_id, person_id, source_id, status, notes)
    select 1, 0, id, scene_id, shot_key, position, kind, description, audio, framing, movement, seconds, location_id, person_id, source_id, status, notes from shot;
insert into source_aud (rev, revtype, id, film_id, source_key, type, title, issued, publisher, publisher_place, container_title, page, url, archive, archive_location, call_number, language, note, clearance, rights_holder, fee, currency, territory, term, lost, doi, isbn, volume, issue, archive_place)
    select 1, 0, id, film_id, source_key, type, title, issued, publisher, publisher_place, container_title, page, url, archive, archive_location, call_number, language, note, clearance, rights_holder, fee, currency, territory, term, lost, doi, isbn, volume, issue, archive_place from source;
insert into source_name_aud (rev, revtype, source_id, position, name_role, family, given, literal)
    select 1, 0, source_id, position, name_role, family, given, literal from source_name;
insert into testimony_aud (rev, revtype, id, film_id, testimony_key, person_id, interview_id, timecode_in, timecode_out, source_id, page, text)
    select 1, 0, id, film_id, testimony_key, person_id, interview_id, timecode_in, timecode_out, source_id, page, text from testimony;
insert into transcript_aud (rev, revtype, id, interview_id, format, file_name)
    select 1, 0, id, interview_id, format, file_name from transcript;
insert into transcript_line_aud (rev, revtype, id, transcript_id, position, start_millis, end_millis, speaker, text)
    select 1, 0, id, transcript_id, position, start_millis, end_millis, speaker, text from transcript_line;
insert into witness_user_aud (rev, revtype, id, username, role, enabled)
    select 1, 0, id, username, role, enabled from witness_user;
