-- Contact details of a person: personal data, kept apart from person so that only producers receive
-- them and the dossier (which reads person only) never holds them. Runs unchanged on H2 and PostgreSQL.

create sequence person_contact_seq start with 1 increment by 50;

create table person_contact (
    id bigint primary key,
    person_id bigint not null unique references person (id),
    phone varchar(100),
    email varchar(200),
    address varchar(1000),
    note varchar(4000),
    version bigint not null
);
