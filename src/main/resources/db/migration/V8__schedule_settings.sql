-- What the planner needs to know about a schedule's days: how long a day may be, how long a shot
-- and an interview take on the day, and how far the crew can travel between consecutive days.
alter table schedule add column day_limit_minutes integer default 600 not null;
alter table schedule add column minutes_per_shot integer default 30 not null;
alter table schedule add column minutes_per_interview integer default 120 not null;
alter table schedule add column max_travel_km integer default 500 not null;
