-- Private calendar feeds (issue 30): a secret token in the address /calendar/{token}.ics lists the published shoot
-- days of one person (whom a crew member's days call) or of one user (every published day). Exactly one of the two
-- owns a feed. Revoked feeds stay, with when, so that an old address keeps answering nothing. Gone with its person.
-- Not audited: a feed is an address, not part of the film.
create sequence calendar_feed_seq start with 1 increment by 50;
create table calendar_feed (
    id bigint primary key,
    token varchar(64) not null,
    person_id bigint references person (id) on delete cascade,
    username varchar(100),
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    constraint calendar_feed_token unique (token),
    constraint calendar_feed_owner check ((person_id is not null and username is null)
        or (person_id is null and username is not null))
);
create index calendar_feed_person on calendar_feed (person_id);
create index calendar_feed_username on calendar_feed (username);
