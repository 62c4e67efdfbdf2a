-- People (issue 3): personal information, privacy, validation, deletion, school history,
-- photos, follows, contacts and the activity feed. Portable SQL for H2 and PostgreSQL.

alter table profile add column bio varchar(2000);
alter table profile add column pupils_age_from integer;
alter table profile add column pupils_age_to integer;
-- U4: defaults protect the teacher (registered users only, not indexable, e-mail hidden)
alter table profile add column visibility varchar(16) default 'REGISTERED' not null;
alter table profile add column searchable boolean default true not null;
alter table profile add column indexable boolean default false not null;
alter table profile add column show_email boolean default false not null;
alter table profile add column accepts_contact_requests boolean default true not null;
alter table profile add column current_school_id varchar(36);
alter table profile add column photo_version integer default 0 not null;
-- once the user names themselves (U2), sign-ins stop copying the identity provider's name
alter table profile add column name_chosen boolean default false not null;
-- U6: accounts that existed before validation was introduced count as validated
alter table profile add column validation_status varchar(24) default 'VALIDATED' not null;
alter table profile add column validation_country varchar(2);
alter table profile add column validation_requested_at timestamp with time zone;
alter table profile add column validation_reason varchar(500);
-- U5
alter table profile add column deletion_due_at timestamp with time zone;
alter table profile add column erased_at timestamp with time zone;

alter table profile add constraint profile_current_school_fk foreign key (current_school_id) references school (id);
alter table profile add constraint profile_age_range_ck
    check (pupils_age_from is null or pupils_age_to is null or pupils_age_from <= pupils_age_to);
-- the nss queue: pending accounts of one country, oldest first
create index profile_validation_idx on profile (validation_status, validation_country, validation_requested_at);
-- the erasure job: accounts whose grace period ended
create index profile_deletion_due_idx on profile (deletion_due_at);
-- U5: the identity provider's ids of erased accounts, hashed, so that a token issued before the
-- erasure cannot sign the person in again as a new profile
create table erased_account (
    subject_hash varchar(64) not null primary key,
    erased_at    timestamp with time zone not null
);

create table profile_role (
    profile_id varchar(36) not null references profile (id),
    role       varchar(20) not null,
    primary key (profile_id, role)
);
create table profile_subject (
    profile_id varchar(36) not null references profile (id),
    subject    varchar(40) not null,
    primary key (profile_id, subject)
);
create table profile_language (
    profile_id varchar(36) not null references profile (id),
    language   varchar(8)  not null,
    primary key (profile_id, language)
);

-- the re-encoded photo and its thumbnail; read only by the photo address, never with the profile
create table profile_photo (
    profile_id varchar(36) not null primary key references profile (id),
    image      bytea       not null,
    thumbnail  bytea       not null,
    updated_at timestamp with time zone not null
);

-- U3: exactly one current membership (ended_on null) per profile, past ones kept
create table school_membership (
    id         varchar(36) not null primary key,
    profile_id varchar(36) not null references profile (id),
    school_id  varchar(36) not null references school (id),
    started_on date        not null,
    ended_on   date
);
create index school_membership_profile_idx on school_membership (profile_id, started_on);
create index school_membership_school_idx on school_membership (school_id);

-- C1
create table follow (
    follower_id varchar(36) not null references profile (id),
    followed_id varchar(36) not null references profile (id),
    created_at  timestamp with time zone not null,
    primary key (follower_id, followed_id)
);
create index follow_followed_idx on follow (followed_id);

-- C2: one row per request; a pair has at most one pending request (checked under lock)
create table contact_request (
    id         varchar(36) not null primary key,
    from_id    varchar(36) not null references profile (id),
    to_id      varchar(36) not null references profile (id),
    status     varchar(16) not null,
    created_at timestamp with time zone not null,
    decided_at timestamp with time zone
);
create index contact_request_to_idx on contact_request (to_id, status, created_at);
create index contact_request_from_idx on contact_request (from_id, status, created_at);

-- a contact is mutual: two rows, one per side, so either side lists theirs by the primary key
create table contact (
    owner_id   varchar(36) not null references profile (id),
    contact_id varchar(36) not null references profile (id),
    since      timestamp with time zone not null,
    primary key (owner_id, contact_id)
);

-- public activity, the source of followers' feeds
create table activity (
    id         varchar(36)  not null primary key,
    profile_id varchar(36)  not null references profile (id),
    kind       varchar(40)  not null,
    reference  varchar(200) not null,
    label      varchar(300),
    created_at timestamp with time zone not null
);
create index activity_profile_idx on activity (profile_id, created_at);
