-- Logins, hardened (issue 25).
--
-- A login's check of the failures so far and its record of the attempt run one after the other for one username,
-- on every instance sharing the database: each takes the row of its username's slot (the username's Java hash
-- modulo 64) with select ... for update first. The rows are made here, once, so that no login has to create one.
create table login_lock (
    slot integer primary key
);

insert into login_lock (slot) values
    (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15),
    (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31),
    (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47),
    (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62), (63);

-- Every session cookie carries the generation of its user's sessions it was opened in; logging out and a new
-- password raise it, which ends every session opened before.
alter table witness_user add column session_generation bigint default 0 not null;
