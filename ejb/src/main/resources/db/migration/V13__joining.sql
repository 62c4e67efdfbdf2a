-- J1, J2: the terms of use and privacy notice in versions, who accepted which and when, the
-- first steps of a new account, and schools proposed by a teacher until their nss confirms them.

-- a version of the terms; the latest published one is in force, and anyone who has not accepted
-- it is asked to before their next page
create table terms_version (
    version      varchar(40)   not null primary key,
    published_at timestamp with time zone not null,
    -- what changed, in a sentence or two, shown to those asked to accept it again
    summary      varchar(1000),
    -- withdrawn by the css (published by mistake): never in force again, its acceptances kept
    withdrawn_at timestamp with time zone
);
create index terms_version_published_idx on terms_version (published_at);
insert into terms_version (version, published_at, summary)
values ('2026-12-01', timestamp with time zone '2026-12-01 00:00:00+00', null);

-- every acceptance is kept: which version, when (the registration's own, or a later one)
create table terms_acceptance (
    profile_id  varchar(36) not null references profile (id),
    version     varchar(40) not null references terms_version (version),
    accepted_at timestamp with time zone not null,
    primary key (profile_id, version)
);

-- the first steps after the first sign-in are done (or put off) once: a row per account that has
create table onboarding (
    profile_id  varchar(36) not null primary key references profile (id),
    finished_at timestamp with time zone not null
);
-- the accounts that existed before the first steps did not take them
insert into onboarding (profile_id, finished_at) select id, created_at from profile;

-- a school proposed by a teacher is not in the registry for others until the nss who reviews the
-- teacher's account approves it (status PROPOSED, then CONFIRMED)
alter table school add column status varchar(16) default 'CONFIRMED' not null;
alter table school add column proposed_by varchar(36);
create index school_proposed_by_idx on school (proposed_by);

-- the nss officers of a country, told of each account waiting for them
create index profile_role_role_idx on profile_role (role, profile_id);
