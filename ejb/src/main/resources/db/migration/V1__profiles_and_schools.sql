-- Profiles of signed-in users and the school registry (foundation).
-- Portable SQL: the same script runs on H2 and PostgreSQL.

create table school (
    id          varchar(36)  not null primary key,
    name        varchar(200) not null,
    country     varchar(2)   not null,
    city        varchar(120) not null,
    school_type varchar(40)  not null,
    national_id varchar(60),
    created_at  timestamp with time zone not null
);
-- one record per national registry id within a country (imports stay idempotent)
create unique index school_national_id_uk on school (country, national_id);
create index school_name_idx on school (name, id);
create index school_country_name_idx on school (country, name, id);

create table profile (
    id              varchar(36)  not null primary key,
    subject         varchar(64)  not null,
    username        varchar(120) not null,
    display_name    varchar(200) not null,
    email           varchar(254),
    country         varchar(2),
    language        varchar(8)   not null,
    created_at      timestamp with time zone not null,
    last_sign_in_at timestamp with time zone not null,
    version         bigint       not null
);
create unique index profile_subject_uk on profile (subject);
