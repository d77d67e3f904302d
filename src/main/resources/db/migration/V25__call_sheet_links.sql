-- A call sheet published to the people a shoot day calls (issue 30): each gets a personal link, its token
-- unguessable (32 random bytes), that shows their own call sheet without logging in until it expires or is
-- withdrawn (expires_at: two weeks after publishing, or until the day after the shoot day if later), and a "Got it"
-- that confirms they read it; published_state is a digest of the day as published, so that a sheet changed since
-- says so. Publishing again keeps the token and clears the confirmation. One link per person and day; gone with the
-- day. Not audited: publishing is not a change of the plan.
create sequence call_sheet_link_seq start with 1 increment by 50;
create table call_sheet_link (
    id bigint primary key,
    shoot_day_id bigint not null references shoot_day (id) on delete cascade,
    person_id bigint not null references person (id),
    token varchar(64) not null,
    published_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    published_state varchar(64) not null,
    confirmed_at timestamp with time zone,
    revoked_at timestamp with time zone,
    sent_at timestamp with time zone,
    sent_to varchar(254),
    constraint call_sheet_link_once unique (shoot_day_id, person_id),
    constraint call_sheet_link_token unique (token)
);
