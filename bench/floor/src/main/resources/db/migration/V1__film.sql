create sequence film_seq start with 1 increment by 50;
create table film (id bigint primary key, title varchar(255));
