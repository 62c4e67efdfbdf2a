-- The eTwinning School label (beyond the seed): a validated teacher of a school applies, with the
-- head's declaration; the nss of the school's country approves, for two school years, or rejects.
create table school_label_application (
    id               varchar(36)   not null primary key,
    school_id        varchar(36)   not null references school (id),
    -- the school's country when applying: whose nss decides
    country          varchar(2)    not null,
    -- null once the applicant's account is erased
    applicant_id     varchar(36)   references profile (id),
    head_declaration boolean       not null,
    statement        varchar(2000),
    -- the active teachers counted when applying, for the reviewer
    active_teachers  integer       not null,
    -- PENDING, APPROVED, REJECTED (schools.SchoolLabelStatus)
    status           varchar(16)   not null,
    created_at       timestamp with time zone not null,
    reviewer_id      varchar(36)   references profile (id),
    reviewed_at      timestamp with time zone,
    reason           varchar(2000),
    -- the last day of an approved label: 31 August, two school years on
    valid_until      date,
    version          bigint        not null
);
-- a country's nss queue, the longest waiting first; a school's applications and labels; a person's (export, erasure)
create index school_label_queue_idx on school_label_application (country, status, created_at);
create index school_label_school_idx on school_label_application (school_id, created_at);
create index school_label_applicant_idx on school_label_application (applicant_id);
create index school_label_reviewer_idx on school_label_application (reviewer_id);

-- the label's criteria: a school's active teachers (their current school), and the projects
-- its teachers joined from it (to their National Quality Labels)
create index profile_current_school_idx on profile (current_school_id, validation_status);
create index project_member_school_idx on project_member (school_id, project_id);
