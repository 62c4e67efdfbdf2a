-- Pupils of a TwinSpace (T2): logins a teacher makes for one space, identities of Keycloak's realm
-- twinning-pupils (DESIGN.md "identities"); the platform keeps the nickname and the space, never a
-- password, an e-mail or a real name.
create table space_pupil (
    id          varchar(36)  not null primary key,
    project_id  varchar(36)  not null references project (id),
    -- the Keycloak account (realm twinning-pupils): its subject and its generated user name
    subject     varchar(36)  not null,
    username    varchar(32)  not null,
    nickname    varchar(40)  not null,
    -- may also edit pages and open threads
    administrator boolean    not null,
    -- the teacher who made the login; null once their account is erased
    created_by  varchar(36)  references profile (id),
    created_at  timestamp with time zone not null,
    version     bigint       not null
);
create unique index space_pupil_subject_uk on space_pupil (subject);
create unique index space_pupil_username_uk on space_pupil (username);
create index space_pupil_project_idx on space_pupil (project_id, nickname);
create index space_pupil_creator_idx on space_pupil (created_by);

-- a space's settings for pupils: the parents' consent confirmed by a teacher before the first pupil;
-- the days pupils may still sign in once the project is closed (T3)
create table space_pupil_settings (
    project_id           varchar(36) not null primary key references project (id),
    consent_confirmed_by varchar(36) references profile (id),
    consent_confirmed_at timestamp with time zone not null,
    grace_days           integer     not null,
    version              bigint      not null
);
create index space_pupil_settings_confirmer_idx on space_pupil_settings (consent_confirmed_by);

-- the pupil wall: short posts of the space's pupils (and teachers); a teacher hides one, kept for the record
create table space_wall_post (
    id           varchar(36)   not null primary key,
    project_id   varchar(36)   not null references project (id),
    -- a teacher's profile, or a pupil of the space; both null once erased
    author_id    varchar(36)   references profile (id),
    pupil_id     varchar(36)   references space_pupil (id),
    body         varchar(1000) not null,
    created_at   timestamp with time zone not null,
    hidden_at    timestamp with time zone,
    hidden_by    varchar(36)   references profile (id),
    version      bigint        not null
);
create index space_wall_project_idx on space_wall_post (project_id, created_at);
create index space_wall_author_idx on space_wall_post (author_id);
create index space_wall_pupil_idx on space_wall_post (pupil_id);
create index space_wall_hider_idx on space_wall_post (hidden_by);

-- what a pupil writes elsewhere in the space: posts and threads of its forum, versions of its pages
-- (a pupil-administrator); the pupil's id beside the profile's, which stays null
alter table discussion_post add column pupil_author_id varchar(36);
alter table discussion_thread add column created_by_pupil varchar(36);
alter table space_page add column created_by_pupil varchar(36);
alter table space_page add column updated_by_pupil varchar(36);
alter table space_page_revision add column edited_by_pupil varchar(36);
create index discussion_post_pupil_idx on discussion_post (pupil_author_id);
create index discussion_thread_pupil_idx on discussion_thread (created_by_pupil);
create index space_page_revision_pupil_idx on space_page_revision (edited_by_pupil);
