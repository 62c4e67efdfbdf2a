-- A project's cover picture (P4): one of the files of the store attached to it (owner 'project').
alter table project add column cover_image_id varchar(36);

-- The quality labels a project holds (P5): 'NATIONAL:ES' for Spain's National Quality Label, 'EUROPEAN'.
create table project_label (
    project_id varchar(36) not null references project (id),
    label      varchar(16) not null,
    primary key (project_id, label)
);

-- Applications for a quality label and their review (P5): one per applicant, project and level.
create table quality_label_application (
    id           varchar(36)   not null primary key,
    project_id   varchar(36)   not null references project (id),
    -- null once the applicant's account is erased
    applicant_id varchar(36)   references profile (id),
    -- NATIONAL or EUROPEAN (projects.QualityLabelLevel); the country of a national one
    level        varchar(16)   not null,
    country      varchar(2),
    -- PENDING, APPROVED, REJECTED (projects.ApprovalStatus)
    status       varchar(16)   not null,
    created_at   timestamp with time zone not null,
    reviewer_id  varchar(36)   references profile (id),
    reviewed_at  timestamp with time zone,
    reason       varchar(2000),
    version      bigint        not null
);
-- a project's applications; a reviewer's queue (level, country, status), the longest waiting first
create index quality_label_project_idx on quality_label_application (project_id, created_at);
create index quality_label_queue_idx on quality_label_application (level, status, country, created_at);
create index quality_label_applicant_idx on quality_label_application (applicant_id);
create index quality_label_reviewer_idx on quality_label_application (reviewer_id);

-- the five criteria of an application, in order: the applicant's text, the reviewer's score (0-5) and comment
create table quality_label_criterion (
    application_id varchar(36)   not null references quality_label_application (id),
    position       integer       not null,
    criterion      varchar(32)   not null,
    answer         varchar(5000) not null,
    score          integer,
    review_comment varchar(2000),
    primary key (application_id, position)
);
