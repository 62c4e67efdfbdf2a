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
-- the demo schools are on the platform since 2015 (the eTwinning School label asks for two years)
update school set created_at = timestamp '2015-09-01 00:00:00'
where id in ('e5000000-0000-4000-8000-000000000001', 'e5000000-0000-4000-8000-000000000002',
             'e5000000-0000-4000-8000-000000000003', 'e5000000-0000-4000-8000-000000000004',
             'e5000000-0000-4000-8000-000000000005', 'e5000000-0000-4000-8000-000000000006')
  and created_at > timestamp '2016-01-01 00:00:00';

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

-- People (issue 3): demo profiles are validated, at a school, with subjects, languages and
-- pupils' ages; two more people without an account of their own make search and the nss
-- queue worth a look: José (accents) and Jorge, a new teacher awaiting the Spanish nss.
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'b0000000-0000-4000-8000-000000000008', 'demo-without-account-8', 'jose', 'José Núñez', 'jose@example.org', 'ES', 'es', current_timestamp, current_timestamp, 0
where not exists (select 1 from profile where id = 'b0000000-0000-4000-8000-000000000008');
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'b0000000-0000-4000-8000-000000000009', 'demo-without-account-9', 'jorge', 'Jorge Pérez', 'jorge@example.org', 'ES', 'es', current_timestamp, current_timestamp, 0
where not exists (select 1 from profile where id = 'b0000000-0000-4000-8000-000000000009');

update profile set validation_status = 'VALIDATED', validation_country = country
where id in ('b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002',
             'b0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000004',
             'b0000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000006',
             'b0000000-0000-4000-8000-000000000007', 'b0000000-0000-4000-8000-000000000008')
  and validation_requested_at is null;
update profile set validation_status = 'PENDING_VALIDATION', validation_country = 'ES', validation_requested_at = current_timestamp
where id = 'b0000000-0000-4000-8000-000000000009' and validation_requested_at is null;

update profile set current_school_id = 'e5000000-0000-4000-8000-000000000001', pupils_age_from = 12, pupils_age_to = 16,
    bio = 'Biology teacher in Madrid. Our classes like outdoor science and pen pals abroad.'
where id = 'b0000000-0000-4000-8000-000000000001' and current_school_id is null;
update profile set current_school_id = 'e5000000-0000-4000-8000-000000000003', pupils_age_from = 11, pupils_age_to = 15,
    bio = 'History and geography in Lyon; looking for partners on European heritage.'
where id = 'b0000000-0000-4000-8000-000000000002' and current_school_id is null;
update profile set current_school_id = 'e5000000-0000-4000-8000-000000000004', pupils_age_from = 14, pupils_age_to = 19,
    bio = 'Mathematics and physics in Florence.'
where id = 'b0000000-0000-4000-8000-000000000003' and current_school_id is null;
update profile set current_school_id = 'e5000000-0000-4000-8000-000000000005', pupils_age_from = 10, pupils_age_to = 18,
    bio = 'English and music teacher, moderator of the music group.'
where id = 'b0000000-0000-4000-8000-000000000004' and current_school_id is null;
update profile set current_school_id = 'e5000000-0000-4000-8000-000000000002', pupils_age_from = 6, pupils_age_to = 11,
    bio = 'Primary teacher in Granada; my pupils love drawing and songs.', visibility = 'EVERYONE'
where id = 'b0000000-0000-4000-8000-000000000008' and current_school_id is null;
update profile set current_school_id = 'e5000000-0000-4000-8000-000000000001'
where id = 'b0000000-0000-4000-8000-000000000009' and current_school_id is null;

insert into school_membership (id, profile_id, school_id, started_on, ended_on)
select 'e6000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'e5000000-0000-4000-8000-000000000002', date '2015-09-01', date '2021-06-30'
where not exists (select 1 from school_membership where id = 'e6000000-0000-4000-8000-000000000001');
insert into school_membership (id, profile_id, school_id, started_on, ended_on)
select 'e6000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'e5000000-0000-4000-8000-000000000001', date '2021-09-01', null
where not exists (select 1 from school_membership where id = 'e6000000-0000-4000-8000-000000000002');
insert into school_membership (id, profile_id, school_id, started_on, ended_on)
select 'e6000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000002', 'e5000000-0000-4000-8000-000000000003', date '2018-09-01', null
where not exists (select 1 from school_membership where id = 'e6000000-0000-4000-8000-000000000003');
insert into school_membership (id, profile_id, school_id, started_on, ended_on)
select 'e6000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000003', 'e5000000-0000-4000-8000-000000000004', date '2019-09-01', null
where not exists (select 1 from school_membership where id = 'e6000000-0000-4000-8000-000000000004');
insert into school_membership (id, profile_id, school_id, started_on, ended_on)
select 'e6000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000004', 'e5000000-0000-4000-8000-000000000005', date '2016-09-01', null
where not exists (select 1 from school_membership where id = 'e6000000-0000-4000-8000-000000000005');
insert into school_membership (id, profile_id, school_id, started_on, ended_on)
select 'e6000000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-000000000008', 'e5000000-0000-4000-8000-000000000002', date '2020-09-01', null
where not exists (select 1 from school_membership where id = 'e6000000-0000-4000-8000-000000000006');
insert into school_membership (id, profile_id, school_id, started_on, ended_on)
select 'e6000000-0000-4000-8000-000000000007', 'b0000000-0000-4000-8000-000000000009', 'e5000000-0000-4000-8000-000000000001', date '2026-11-01', null
where not exists (select 1 from school_membership where id = 'e6000000-0000-4000-8000-000000000007');

insert into profile_role (profile_id, role) select p.id, r.role from profile p join (
    select 'b0000000-0000-4000-8000-000000000001' as pid, 'teacher' as role union all
    select 'b0000000-0000-4000-8000-000000000002', 'teacher' union all
    select 'b0000000-0000-4000-8000-000000000003', 'teacher' union all
    select 'b0000000-0000-4000-8000-000000000004', 'teacher' union all
    select 'b0000000-0000-4000-8000-000000000004', 'moderator' union all
    select 'b0000000-0000-4000-8000-000000000005', 'nss' union all
    select 'b0000000-0000-4000-8000-000000000006', 'nss' union all
    select 'b0000000-0000-4000-8000-000000000007', 'css' union all
    select 'b0000000-0000-4000-8000-000000000008', 'teacher' union all
    select 'b0000000-0000-4000-8000-000000000009', 'teacher') r on r.pid = p.id
where not exists (select 1 from profile_role x where x.profile_id = r.pid and x.role = r.role);

insert into profile_subject (profile_id, subject) select p.id, r.subject from profile p join (
    select 'b0000000-0000-4000-8000-000000000001' as pid, 'BIOLOGY' as subject union all
    select 'b0000000-0000-4000-8000-000000000001', 'SCIENCE' union all
    select 'b0000000-0000-4000-8000-000000000002', 'HISTORY' union all
    select 'b0000000-0000-4000-8000-000000000002', 'GEOGRAPHY' union all
    select 'b0000000-0000-4000-8000-000000000003', 'MATHEMATICS' union all
    select 'b0000000-0000-4000-8000-000000000003', 'PHYSICS' union all
    select 'b0000000-0000-4000-8000-000000000004', 'FOREIGN_LANGUAGES' union all
    select 'b0000000-0000-4000-8000-000000000004', 'MUSIC' union all
    select 'b0000000-0000-4000-8000-000000000008', 'ARTS' union all
    select 'b0000000-0000-4000-8000-000000000008', 'MUSIC') r on r.pid = p.id
where not exists (select 1 from profile_subject x where x.profile_id = r.pid and x.subject = r.subject);

insert into profile_language (profile_id, language) select p.id, r.lang from profile p join (
    select 'b0000000-0000-4000-8000-000000000001' as pid, 'es' as lang union all
    select 'b0000000-0000-4000-8000-000000000001', 'en' union all
    select 'b0000000-0000-4000-8000-000000000002', 'fr' union all
    select 'b0000000-0000-4000-8000-000000000002', 'en' union all
    select 'b0000000-0000-4000-8000-000000000003', 'it' union all
    select 'b0000000-0000-4000-8000-000000000003', 'en' union all
    select 'b0000000-0000-4000-8000-000000000004', 'de' union all
    select 'b0000000-0000-4000-8000-000000000004', 'en' union all
    select 'b0000000-0000-4000-8000-000000000008', 'es' union all
    select 'b0000000-0000-4000-8000-000000000008', 'fr') r on r.pid = p.id
where not exists (select 1 from profile_language x where x.profile_id = r.pid and x.language = r.lang);

-- N3: a conversation between alice and bob, so that the demo's envelope and thread pages have something to show
insert into message_thread (id, subject, subject_folded, started_at)
select 'd3000000-0000-4000-8000-000000000001', 'Our exchange', 'our exchange', current_timestamp
where exists (select 1 from profile where id = 'b0000000-0000-4000-8000-000000000002')
  and not exists (select 1 from message_thread where id = 'd3000000-0000-4000-8000-000000000001');
insert into thread_participant (thread_id, profile_id, joined_at, last_received_at, last_sent_at, last_read_at, unread)
select t.id, r.pid, t.started_at, r.received, r.sent, null, false from message_thread t join (
    select 'b0000000-0000-4000-8000-000000000001' as pid, current_timestamp as received, cast(null as timestamp with time zone) as sent union all
    select 'b0000000-0000-4000-8000-000000000002', cast(null as timestamp with time zone), current_timestamp) r on 1 = 1
where t.id = 'd3000000-0000-4000-8000-000000000001'
  and not exists (select 1 from thread_participant x where x.thread_id = t.id and x.profile_id = r.pid);
insert into message (id, thread_id, author_id, body_html, body_text, text_folded, attachment_count, sent_at)
select 'd3000000-0000-4000-8000-000000000101', t.id, 'b0000000-0000-4000-8000-000000000002', '<p>Hello Alice!</p>',
       'Hello Alice!', 'hello alice!', 0, t.started_at
from message_thread t
where t.id = 'd3000000-0000-4000-8000-000000000001'
  and not exists (select 1 from message where id = 'd3000000-0000-4000-8000-000000000101');


-- J1, J2: the demo accounts accepted the terms in force when they joined and took their first steps
insert into terms_acceptance (profile_id, version, accepted_at)
select p.id, v.version, v.published_at from profile p join terms_version v on v.version = '2026-12-01'
where p.id like 'b0000000-0000-4000-8000-%'
  and not exists (select 1 from terms_acceptance x where x.profile_id = p.id and x.version = v.version);
insert into onboarding (profile_id, finished_at)
select p.id, p.created_at from profile p
where p.id like 'b0000000-0000-4000-8000-%'
  and not exists (select 1 from onboarding x where x.profile_id = p.id);

-- P1, P3, P4: an open project of alice (founder, Spain) and bob (co-founder, France), approved by both
-- countries' nss, with dana as partner; and a project of alice waiting for the Spanish nss
insert into project (id, title, description_html, description_text, age_from, age_to, starts_on, ends_on, status,
                     created_by, created_at, opened_at, version)
select 'd4000000-0000-4000-8000-000000000001', 'Rivers that join us',
       '<p>Our pupils measure the water of the rivers near their schools and compare them every month.</p>',
       'Our pupils measure the water of the rivers near their schools and compare them every month.',
       10, 12, date '2027-01-11', date '2027-06-18', 'OPEN', 'b0000000-0000-4000-8000-000000000001',
       current_timestamp, current_timestamp, 0
where (select count(*) from profile where id in ('b0000000-0000-4000-8000-000000000001',
        'b0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000004')) = 3
  and not exists (select 1 from project where id = 'd4000000-0000-4000-8000-000000000001');
insert into project (id, title, description_html, description_text, age_from, age_to, status, created_by,
                     created_at, version)
select 'd4000000-0000-4000-8000-000000000002', 'Stories of our grandparents',
       '<p>Pupils interview their grandparents and write the stories in two languages.</p>',
       'Pupils interview their grandparents and write the stories in two languages.',
       12, 14, 'PENDING', 'b0000000-0000-4000-8000-000000000001', current_timestamp, 0
where exists (select 1 from profile where id = 'b0000000-0000-4000-8000-000000000001')
  and not exists (select 1 from project where id = 'd4000000-0000-4000-8000-000000000002');
insert into project_subject (project_id, subject)
select r.pid, r.subject from project p join (
    select 'd4000000-0000-4000-8000-000000000001' as pid, 'SCIENCE' as subject union all
    select 'd4000000-0000-4000-8000-000000000001', 'GEOGRAPHY' union all
    select 'd4000000-0000-4000-8000-000000000002', 'HISTORY' union all
    select 'd4000000-0000-4000-8000-000000000002', 'MOTHER_TONGUE') r on r.pid = p.id
where not exists (select 1 from project_subject x where x.project_id = r.pid and x.subject = r.subject);
insert into project_language (project_id, language)
select r.pid, r.lang from project p join (
    select 'd4000000-0000-4000-8000-000000000001' as pid, 'en' as lang union all
    select 'd4000000-0000-4000-8000-000000000001', 'fr' union all
    select 'd4000000-0000-4000-8000-000000000002', 'es' union all
    select 'd4000000-0000-4000-8000-000000000002', 'en') r on r.pid = p.id
where not exists (select 1 from project_language x where x.project_id = r.pid and x.language = r.lang);
insert into project_member (project_id, profile_id, role, school_id, school_name, country, joined_at)
select r.pid, r.member, r.role, s.id, s.name, s.country, current_timestamp from project p join (
    select 'd4000000-0000-4000-8000-000000000001' as pid, 'b0000000-0000-4000-8000-000000000001' as member,
           'FOUNDER' as role, 'e5000000-0000-4000-8000-000000000001' as school union all
    select 'd4000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002', 'FOUNDER',
           'e5000000-0000-4000-8000-000000000003' union all
    select 'd4000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000004', 'PARTNER',
           'e5000000-0000-4000-8000-000000000005' union all
    select 'd4000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'FOUNDER',
           'e5000000-0000-4000-8000-000000000001') r on r.pid = p.id
join school s on s.id = r.school
join profile m on m.id = r.member
where not exists (select 1 from project_member x where x.project_id = r.pid and x.profile_id = r.member);
insert into project_approval (project_id, country, status, requested_at, decided_at)
select r.pid, r.country, r.status, current_timestamp, r.decided from project p join (
    select 'd4000000-0000-4000-8000-000000000001' as pid, 'ES' as country, 'APPROVED' as status,
           current_timestamp as decided union all
    select 'd4000000-0000-4000-8000-000000000001', 'FR', 'APPROVED', current_timestamp union all
    select 'd4000000-0000-4000-8000-000000000002', 'ES', 'PENDING', cast(null as timestamp with time zone)) r
    on r.pid = p.id
where not exists (select 1 from project_approval x where x.project_id = r.pid and x.country = r.country);

-- P6: alice's certificate of participation in the open demo project, so /verify/{code} has one to confirm
insert into certificate (code, kind, holder_id, holder_name, subject_id, subject_title, school_name, country, role,
                         issued_at)
select 'demo2certificate2of2alice2', 'PROJECT_PARTICIPATION', m.profile_id, pr.display_name, p.id, p.title,
       m.school_name, m.country, m.role, current_timestamp
from project p join project_member m on m.project_id = p.id join profile pr on pr.id = m.profile_id
where p.id = 'd4000000-0000-4000-8000-000000000001' and m.profile_id = 'b0000000-0000-4000-8000-000000000001'
  and not exists (select 1 from certificate where code = 'demo2certificate2of2alice2');

-- P5: the open demo project holds Spain's National Quality Label (alice's school is Spanish)
insert into project_label (project_id, label)
select p.id, 'NATIONAL:ES' from project p
where p.id = 'd4000000-0000-4000-8000-000000000001'
  and not exists (select 1 from project_label x where x.project_id = p.id and x.label = 'NATIONAL:ES');

-- P5: the application that gave it, as alice sent it and Spain's nss scored it (21 of 25)
insert into quality_label_application (id, project_id, applicant_id, level, country, status, created_at, reviewer_id,
                                       reviewed_at, reason, version)
select 'd6000000-0000-4000-8000-000000000001', p.id, 'b0000000-0000-4000-8000-000000000001', 'NATIONAL', 'ES',
       'APPROVED', current_timestamp, 'b0000000-0000-4000-8000-000000000005', current_timestamp, null, 0
from project p
where p.id = 'd4000000-0000-4000-8000-000000000001'
  and not exists (select 1 from quality_label_application a where a.id = 'd6000000-0000-4000-8000-000000000001');
insert into quality_label_criterion (application_id, position, criterion, answer, score, review_comment)
select a.id, c.position, c.criterion, c.answer, c.score, c.review_comment
from quality_label_application a join (
    select 0 as position, 'PEDAGOGICAL_INNOVATION' as criterion,
           'The pupils plan the measurements of the river themselves.' as answer, 4 as score,
           cast(null as varchar(2000)) as review_comment union all
    select 1, 'CURRICULAR_INTEGRATION', 'Two hours a week of science and geography.', 4, 'Well anchored in both subjects.' union all
    select 2, 'COLLABORATION', 'Mixed teams of both schools write one report.', 5, 'Truly joint work.' union all
    select 3, 'USE_OF_TECHNOLOGY', 'A shared spreadsheet and a video call each week.', 3, null union all
    select 4, 'RESULTS_AND_IMPACT', 'A map of the rivers shown at the town hall.', 5, null
) c on 1 = 1
where a.id = 'd6000000-0000-4000-8000-000000000001'
  and not exists (select 1 from quality_label_criterion x where x.application_id = a.id);

-- P5: a round of the European Prizes open from a month ago for half a year, when the demo data was first written
insert into prize_round (id, name, opens_on, closes_on, created_at)
select 'd7000000-0000-4000-8000-000000000001', 'European Prizes (demo round)',
       cast(current_date - interval '30' day as date), cast(current_date + interval '180' day as date), current_timestamp
where not exists (select 1 from prize_round where id = 'd7000000-0000-4000-8000-000000000001');
insert into prize_category (round_id, position, category)
select r.id, c.position, c.category
from prize_round r join (
    select 0 as position, 'Pupils aged 4 to 11' as category union all
    select 1, 'Pupils aged 12 to 19' union all
    select 2, 'Citizenship and democracy'
) c on 1 = 1
where r.id = 'd7000000-0000-4000-8000-000000000001'
  and not exists (select 1 from prize_category x where x.round_id = r.id);

-- T1: the open demo project's TwinSpace has a page, written by alice and saved again by bob
insert into space_page (id, project_id, parent_id, title, body_html, body_text, revision, created_at, created_by,
                        updated_at, updated_by, version)
select 'd8000000-0000-4000-8000-000000000001', p.id, null, 'How we measure the rivers',
       '<p>Each class measures the width, the depth and the speed of its river on the first Monday of the month.</p><p>Bob''s class adds the temperature.</p>',
       'Each class measures the width, the depth and the speed of its river on the first Monday of the month.

Bob''s class adds the temperature.',
       2, current_timestamp, 'b0000000-0000-4000-8000-000000000001', current_timestamp,
       'b0000000-0000-4000-8000-000000000002', 0
from project p
where p.id = 'd4000000-0000-4000-8000-000000000001'
  and not exists (select 1 from space_page where id = 'd8000000-0000-4000-8000-000000000001');
insert into space_page_revision (id, page_id, project_id, revision, title, body_html, edited_at, edited_by)
select v.id, g.id, g.project_id, v.revision, g.title, v.body_html, current_timestamp, v.edited_by
from space_page g join (
    select 'd8100000-0000-4000-8000-000000000001' as id, 1 as revision,
           '<p>Each class measures the width, the depth and the speed of its river on the first Monday of the month.</p>' as body_html,
           'b0000000-0000-4000-8000-000000000001' as edited_by union all
    select 'd8100000-0000-4000-8000-000000000002', 2, g2.body_html, 'b0000000-0000-4000-8000-000000000002'
    from space_page g2 where g2.id = 'd8000000-0000-4000-8000-000000000001'
) v on 1 = 1
where g.id = 'd8000000-0000-4000-8000-000000000001'
  and not exists (select 1 from space_page_revision x where x.page_id = g.id);

-- T1: a thread of the demo project's forum, opened by alice, with bob's reply; both follow it
insert into discussion_thread (id, owner_kind, owner_id, title, created_by, created_at, last_post_at, posts, pinned,
                               locked, version)
select 'd9000000-0000-4000-8000-000000000001', 'twinspace', p.id, 'Our first video call', 'b0000000-0000-4000-8000-000000000001',
       current_timestamp, current_timestamp, 2, false, false, 0
from project p
where p.id = 'd4000000-0000-4000-8000-000000000001'
  and not exists (select 1 from discussion_thread where id = 'd9000000-0000-4000-8000-000000000001');
insert into discussion_post (id, thread_id, author_id, body_html, body_text, created_at)
select v.id, t.id, v.author_id, v.body_html, v.body_text, current_timestamp
from discussion_thread t join (
    select 'd9100000-0000-4000-8000-000000000001' as id, 'b0000000-0000-4000-8000-000000000001' as author_id,
           '<p>Shall our classes meet on Monday at ten?</p>' as body_html,
           'Shall our classes meet on Monday at ten?' as body_text union all
    select 'd9100000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000002',
           '<p>Monday suits us. We will show our river.</p>', 'Monday suits us. We will show our river.'
) v on 1 = 1
where t.id = 'd9000000-0000-4000-8000-000000000001'
  and not exists (select 1 from discussion_post x where x.thread_id = t.id);
insert into discussion_follower (thread_id, profile_id, since)
select t.id, v.profile_id, current_timestamp
from discussion_thread t join (
    select 'b0000000-0000-4000-8000-000000000001' as profile_id union all
    select 'b0000000-0000-4000-8000-000000000002'
) v on 1 = 1
where t.id = 'd9000000-0000-4000-8000-000000000001'
  and not exists (select 1 from discussion_follower x where x.thread_id = t.id);

-- T1: a post of the demo project's public blog, published by bob
insert into space_blog_post (id, project_id, title, body_html, body_text, author_id, published_at)
select 'da000000-0000-4000-8000-000000000001', p.id, 'Our rivers meet on a map',
       '<p>Our two classes drew one map of the rivers they measured this autumn.</p>',
       'Our two classes drew one map of the rivers they measured this autumn.',
       'b0000000-0000-4000-8000-000000000002', current_timestamp
from project p
where p.id = 'd4000000-0000-4000-8000-000000000001'
  and not exists (select 1 from space_blog_post where id = 'da000000-0000-4000-8000-000000000001');

-- T2: the demo project's pupils: bob confirmed the parents' consent; two logins of the demo overlay's realm
-- twinning-pupils (demo/twinning-pupils-users-0.json: demo-pupil / demo-pupil, demo-pupil-admin / demo-pupil-admin)
insert into space_pupil_settings (project_id, consent_confirmed_by, consent_confirmed_at, grace_days, version)
select p.id, 'b0000000-0000-4000-8000-000000000002', current_timestamp, 14, 0
from project p
where p.id = 'd4000000-0000-4000-8000-000000000001'
  and not exists (select 1 from space_pupil_settings where project_id = p.id);
insert into space_pupil (id, project_id, subject, username, nickname, administrator, created_by, created_at, version)
select v.id, p.id, v.subject, v.username, v.nickname, v.administrator, 'b0000000-0000-4000-8000-000000000002',
       current_timestamp, 0
from project p join (
    select 'db000000-0000-4000-8000-000000000001' as id, 'd7000000-0000-4000-8000-000000000001' as subject,
           'demo-pupil' as username, 'Lea' as nickname, false as administrator union all
    select 'db000000-0000-4000-8000-000000000002', 'd7000000-0000-4000-8000-000000000002',
           'demo-pupil-admin', 'Max', true
) v on 1 = 1
where p.id = 'd4000000-0000-4000-8000-000000000001'
  and not exists (select 1 from space_pupil x where x.id = v.id);
insert into space_wall_post (id, project_id, author_id, pupil_id, body, created_at, version)
select 'dc000000-0000-4000-8000-000000000001', p.id, null, 'db000000-0000-4000-8000-000000000001',
       'Hello from our class! Our river is called the Garonne.', current_timestamp, 0
from project p
where p.id = 'd4000000-0000-4000-8000-000000000001'
  and exists (select 1 from space_pupil where id = 'db000000-0000-4000-8000-000000000001')
  and not exists (select 1 from space_wall_post where id = 'dc000000-0000-4000-8000-000000000001');

-- Events (E1, E2): bob's public online partner search session and alice's face-to-face workshop, both ahead
insert into calendar_event (id, title, description_html, description_text, kind, format, place, starts_at, ends_at,
                            time_zone, language, visibility, capacity, waiting_list, status, created_by, created_at,
                            updated_at, sequence, version)
select 'de000000-0000-4000-8000-000000000001', 'Partner search: science projects for 12-15',
       '<p>Meet teachers looking for partners in science projects for pupils of 12 to 15.</p>',
       'Meet teachers looking for partners in science projects for pupils of 12 to 15.',
       'PARTNER_SEARCH_SESSION', 'ONLINE', null, current_timestamp + interval '20' day,
       current_timestamp + interval '20' day + interval '1' hour, 'Europe/Paris', 'en', 'PUBLIC', 30, true,
       'SCHEDULED', 'b0000000-0000-4000-8000-000000000002', current_timestamp, current_timestamp, 0, 0
where not exists (select 1 from calendar_event where id = 'de000000-0000-4000-8000-000000000001');
insert into event_organiser (event_id, profile_id)
select 'de000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002'
where not exists (select 1 from event_organiser where event_id = 'de000000-0000-4000-8000-000000000001');
insert into calendar_event (id, title, description_html, description_text, kind, format, place, starts_at, ends_at,
                            time_zone, language, visibility, capacity, waiting_list, status, created_by, created_at,
                            updated_at, sequence, version)
select 'de000000-0000-4000-8000-000000000002', 'Outdoor science workshop',
       '<p>Measuring a river with a class: a morning by the Manzanares.</p>',
       'Measuring a river with a class: a morning by the Manzanares.',
       'WORKSHOP', 'FACE_TO_FACE', 'IES Ramón y Cajal, Madrid', current_timestamp + interval '35' day,
       current_timestamp + interval '35' day + interval '3' hour, 'Europe/Madrid', 'es', 'PUBLIC', 20, true,
       'SCHEDULED', 'b0000000-0000-4000-8000-000000000001', current_timestamp, current_timestamp, 0, 0
where not exists (select 1 from calendar_event where id = 'de000000-0000-4000-8000-000000000002');
insert into event_organiser (event_id, profile_id)
select 'de000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001'
where not exists (select 1 from event_organiser where event_id = 'de000000-0000-4000-8000-000000000002');
-- bob's drop-in video room (E3), open from an hour ago for two weeks; alice has a seat
insert into calendar_event (id, title, description_html, description_text, kind, format, place, starts_at, ends_at,
                            time_zone, language, visibility, capacity, waiting_list, status, created_by, created_at,
                            updated_at, sequence, version)
select 'de000000-0000-4000-8000-000000000003', 'Drop-in video room: ask the ambassadors',
       '<p>Ambassadors answer questions about eTwinning projects, any day, in this video room.</p>',
       'Ambassadors answer questions about eTwinning projects, any day, in this video room.',
       'OTHER', 'ONLINE', null, current_timestamp - interval '1' hour,
       current_timestamp + interval '13' day, 'Europe/Paris', 'en', 'PUBLIC', 100, true,
       'SCHEDULED', 'b0000000-0000-4000-8000-000000000002', current_timestamp, current_timestamp, 0, 0
where not exists (select 1 from calendar_event where id = 'de000000-0000-4000-8000-000000000003');
insert into event_organiser (event_id, profile_id)
select 'de000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000002'
where not exists (select 1 from event_organiser where event_id = 'de000000-0000-4000-8000-000000000003');
insert into event_registration (id, event_id, profile_id, status, registered_at)
select 'df000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000003',
       'b0000000-0000-4000-8000-000000000001', 'REGISTERED', current_timestamp
where not exists (select 1 from event_registration where id = 'df000000-0000-4000-8000-000000000001');

-- E4: a thread of bob's public event's forum, opened by alice, with bob's reply; both follow it
insert into discussion_thread (id, owner_kind, owner_id, title, created_by, created_at, last_post_at, posts, pinned,
                               locked, version)
select 'd9000000-0000-4000-8000-000000000002', 'event', e.id, 'Which age groups are coming?',
       'b0000000-0000-4000-8000-000000000001', current_timestamp, current_timestamp, 2, false, false, 0
from calendar_event e
where e.id = 'de000000-0000-4000-8000-000000000001'
  and not exists (select 1 from discussion_thread where id = 'd9000000-0000-4000-8000-000000000002');
insert into discussion_post (id, thread_id, author_id, body_html, body_text, created_at)
select v.id, t.id, v.author_id, v.body_html, v.body_text, current_timestamp
from discussion_thread t join (
    select 'd9100000-0000-4000-8000-000000000003' as id, 'b0000000-0000-4000-8000-000000000001' as author_id,
           '<p>My pupils are 13: is anyone else looking for partners of that age?</p>' as body_html,
           'My pupils are 13: is anyone else looking for partners of that age?' as body_text union all
    select 'd9100000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000002',
           '<p>Yes: we will sort the partner tables by age at the start.</p>',
           'Yes: we will sort the partner tables by age at the start.'
) v on 1 = 1
where t.id = 'd9000000-0000-4000-8000-000000000002'
  and not exists (select 1 from discussion_post x where x.thread_id = t.id);
insert into discussion_follower (thread_id, profile_id, since)
select t.id, v.profile_id, current_timestamp
from discussion_thread t join (
    select 'b0000000-0000-4000-8000-000000000001' as profile_id union all
    select 'b0000000-0000-4000-8000-000000000002'
) v on 1 = 1
where t.id = 'd9000000-0000-4000-8000-000000000002'
  and not exists (select 1 from discussion_follower x where x.thread_id = t.id);
