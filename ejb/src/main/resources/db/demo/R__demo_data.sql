-- Demo rows for the run command (TWINNING_DEMO_DATA=true): a few schools and the profiles of
-- the demo accounts of wildfly-config/src/main/keycloak/twinning-realm.json (subjects are the
-- fixed user ids of that realm). Idempotent: rerunning it inserts nothing twice.

insert into school (id, name, country, city, school_type, national_id, created_at)
select 'e5000000-0000-4000-8000-000000000001', 'IES Ramón y Cajal', 'ES', 'Madrid', 'SECONDARY', null, current_timestamp
where not exists (select 1 from school where id = 'e5000000-0000-4000-8000-000000000001');
insert into school (id, name, country, city, school_type, national_id, created_at)
select 'e5000000-0000-4000-8000-000000000002', 'CEIP Federico García Lorca', 'ES', 'Granada', 'PRIMARY', null, current_timestamp
where not exists (select 1 from school where id = 'e5000000-0000-4000-8000-000000000002');
insert into school (id, name, country, city, school_type, national_id, created_at)
select 'e5000000-0000-4000-8000-000000000003', 'Collège Jean Moulin', 'FR', 'Lyon', 'SECONDARY', null, current_timestamp
where not exists (select 1 from school where id = 'e5000000-0000-4000-8000-000000000003');
insert into school (id, name, country, city, school_type, national_id, created_at)
select 'e5000000-0000-4000-8000-000000000004', 'Liceo Scientifico Galileo Galilei', 'IT', 'Firenze', 'SECONDARY', null, current_timestamp
where not exists (select 1 from school where id = 'e5000000-0000-4000-8000-000000000004');
insert into school (id, name, country, city, school_type, national_id, created_at)
select 'e5000000-0000-4000-8000-000000000005', 'Goethe-Gymnasium', 'DE', 'Frankfurt am Main', 'SECONDARY', null, current_timestamp
where not exists (select 1 from school where id = 'e5000000-0000-4000-8000-000000000005');
insert into school (id, name, country, city, school_type, national_id, created_at)
select 'e5000000-0000-4000-8000-000000000006', 'Berufsschule am Rhein', 'DE', 'Köln', 'VOCATIONAL', null, current_timestamp
where not exists (select 1 from school where id = 'e5000000-0000-4000-8000-000000000006');

insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'b0000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'alice', 'Alice Martín', 'alice@example.org', 'ES', 'en', current_timestamp, current_timestamp, 0
where not exists (select 1 from profile where subject = '10000000-0000-4000-8000-000000000001');
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'b0000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', 'bob', 'Bob Durand', 'bob@example.org', 'FR', 'en', current_timestamp, current_timestamp, 0
where not exists (select 1 from profile where subject = '10000000-0000-4000-8000-000000000002');
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'b0000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000003', 'chiara', 'Chiara Rossi', 'chiara@example.org', 'IT', 'en', current_timestamp, current_timestamp, 0
where not exists (select 1 from profile where subject = '10000000-0000-4000-8000-000000000003');
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'b0000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000004', 'dana', 'Dana Schmidt', 'dana@example.org', 'DE', 'en', current_timestamp, current_timestamp, 0
where not exists (select 1 from profile where subject = '10000000-0000-4000-8000-000000000004');
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'b0000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000005', 'nss-es', 'Elena Ruiz', 'nss-es@example.org', 'ES', 'en', current_timestamp, current_timestamp, 0
where not exists (select 1 from profile where subject = '10000000-0000-4000-8000-000000000005');
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'b0000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000006', 'nss-fr', 'François Petit', 'nss-fr@example.org', 'FR', 'en', current_timestamp, current_timestamp, 0
where not exists (select 1 from profile where subject = '10000000-0000-4000-8000-000000000006');
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'b0000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000007', 'css', 'Claire Dupont', 'css@example.org', 'BE', 'en', current_timestamp, current_timestamp, 0
where not exists (select 1 from profile where subject = '10000000-0000-4000-8000-000000000007');
