-- Cases the desk opens from a phone call or an email have no registration: its id and reference may be
-- empty. Unique constraints still hold for the cases that have them (PostgreSQL does not compare nulls).
alter table case_overview alter column registration_id drop not null;
alter table case_overview alter column registration_reference drop not null;
