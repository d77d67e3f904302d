-- A clip's proxy: a small audio or video copy of its rushes that the transcript page plays (issue 29). The file
-- itself is kept in the proxies folder (witness.proxies-dir, by default proxies/ in the data folder) under
-- stored_name; a backup carries the files beside the rows. Audited, so that an upload is a change like any other
-- (the pages cached before it are not served again); the deleted items page does not bring one back, as its file
-- goes with it.
create sequence clip_proxy_seq start with 1 increment by 50;
create table clip_proxy (
    id bigint primary key,
    clip_id bigint not null references clip (id),
    stored_name varchar(60) not null,
    file_name varchar(255) not null,
    content_type varchar(40) not null,
    file_size bigint not null,
    uploaded_at timestamp not null,
    constraint clip_proxy_one unique (clip_id),
    constraint clip_proxy_stored unique (stored_name)
);

create table clip_proxy_aud (
    id bigint not null,
    rev bigint not null references revision (id),
    revtype smallint,
    clip_id bigint,
    stored_name varchar(60),
    file_name varchar(255),
    content_type varchar(40),
    file_size bigint,
    uploaded_at timestamp,
    primary key (id, rev)
);

-- The clip a transcript's times are into (its 00:00:00 is the clip's start); none: the interview's only clip, if it
-- has one.
alter table transcript add column clip_id bigint references clip (id);
alter table transcript_aud add column clip_id bigint;
