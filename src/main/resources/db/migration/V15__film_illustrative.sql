-- The parts of a film's facts invented for the production, not research (codes of witness.core.Illustrative, one per line).
alter table film add column illustrative varchar(500);
alter table film_aud add column illustrative varchar(500);
