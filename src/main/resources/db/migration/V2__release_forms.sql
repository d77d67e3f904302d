-- Release form scans: personal data, kept apart from the interview so that they can be
-- removed or withheld on their own. bytea is PostgreSQL's binary type; H2 2.x accepts it as
-- BINARY VARYING (no length: up to H2's maximum), so one script serves both databases.
create sequence release_form_seq start with 1 increment by 50;

create table release_form (
    id bigint primary key,
    interview_id bigint not null references interview (id),
    file_name varchar(255) not null,
    content_type varchar(100) not null,
    file_size bigint not null,
    content bytea not null,
    uploaded_at timestamp not null,
    constraint release_form_interview_unique unique (interview_id)
);
