-- A crew member's role on the shoot and department (a crew role of witness.person.CrewRole; the department made from
-- it unless written), and their day rate with its currency, with the contact details: producers only (issue 30).
alter table person add column crew_role varchar(20);
alter table person add column department varchar(100);
alter table person_aud add column crew_role varchar(20);
alter table person_aud add column department varchar(100);
alter table person_contact add column day_rate numeric(12, 2);
alter table person_contact add column day_rate_currency varchar(3);
alter table person_contact_aud add column day_rate numeric(12, 2);
alter table person_contact_aud add column day_rate_currency varchar(3);
