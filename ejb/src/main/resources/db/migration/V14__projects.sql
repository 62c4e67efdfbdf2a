-- Projects (P1, P3, P4): the project and its information, its members (founders and partners,
-- with the school each one joined from), the decision of the nss of each founder's country,
-- and the invitations (a co-founder while pending, partners once open). Portable SQL for H2
-- and PostgreSQL.

create table project (
    id               varchar(36)    not null primary key,
    title            varchar(200)   not null,
    -- sanitised HTML (media.RichText), at most 20,000 characters, and its plain-text form
    description_html varchar(20000) not null,
    description_text varchar(20000) not null,
    age_from         integer        not null,
    age_to           integer        not null,
    starts_on        date,
    ends_on          date,
    -- PENDING, OPEN, REJECTED, CLOSED (projects.ProjectStatus)
    status           varchar(16)    not null,
    -- who created it; null once their account is erased
    created_by       varchar(36)    references profile (id),
    created_at       timestamp with time zone not null,
    opened_at        timestamp with time zone,
    closed_at        timestamp with time zone,
    rejection_reason varchar(500),
    version          bigint         not null
);
-- search by status and year, the newest first
create index project_status_created_idx on project (status, created_at);

create table project_subject (
    project_id varchar(36) not null references project (id),
    subject    varchar(40) not null,
    primary key (project_id, subject)
);
create table project_language (
    project_id varchar(36) not null references project (id),
    language   varchar(8)  not null,
    primary key (project_id, language)
);

-- one row per member; the school and its country as they were when the member joined
create table project_member (
    project_id  varchar(36)  not null references project (id),
    profile_id  varchar(36)  not null references profile (id),
    -- FOUNDER or PARTNER (projects.PartnerRole)
    role        varchar(16)  not null,
    school_id   varchar(36)  not null references school (id),
    school_name varchar(200) not null,
    country     varchar(2)   not null,
    joined_at   timestamp with time zone not null,
    primary key (project_id, profile_id)
);
-- the Projects tab: a person's projects
create index project_member_profile_idx on project_member (profile_id, joined_at);

-- the decision of one founder country's nss: PENDING until given, then APPROVED or REJECTED
create table project_approval (
    project_id   varchar(36)  not null references project (id),
    country      varchar(2)   not null,
    status       varchar(16)  not null,
    requested_at timestamp with time zone not null,
    decided_by   varchar(36),
    decided_at   timestamp with time zone,
    reason       varchar(500),
    primary key (project_id, country)
);
-- the nss queue: its country's parts waiting, the oldest first
create index project_approval_queue_idx on project_approval (country, status, requested_at);

create table project_invitation (
    id          varchar(36) not null primary key,
    project_id  varchar(36) not null references project (id),
    invitee_id  varchar(36) not null references profile (id),
    -- null once the inviter's account is erased
    inviter_id  varchar(36) references profile (id),
    -- FOUNDER (a co-founder, while the project is pending) or PARTNER
    role        varchar(16) not null,
    -- PENDING, ACCEPTED, DECLINED, CANCELLED
    status      varchar(16) not null,
    created_at  timestamp with time zone not null,
    decided_at  timestamp with time zone
);
create index project_invitation_project_idx on project_invitation (project_id, status);
-- the Projects tab: invitations waiting for me
create index project_invitation_invitee_idx on project_invitation (invitee_id, status, created_at);
