-- Failed logins, one row each, so that every instance behind the same database throttles alike: after 5
-- failures for one username within 15 minutes, logging in as that username is paused for 15 minutes.
-- Rows older than 30 minutes are of no more use and are deleted as new failures come in.
create sequence login_failure_seq start with 1 increment by 50;

create table login_failure (
    id bigint primary key,
    username varchar(80) not null,
    failed_at timestamp with time zone not null
);

create index login_failure_username on login_failure (username, failed_at);
create index login_failure_failed_at on login_failure (failed_at);
