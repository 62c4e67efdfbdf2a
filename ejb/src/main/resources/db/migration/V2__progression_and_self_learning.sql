-- Progression (S1-S6): rules as data, the action ledger, materialised bars; self-learning (H2).
-- Portable SQL: the same script runs on H2 and PostgreSQL.

-- One row per action category: how many points an action earns and how many actions count.
create table progression_rule (
    category   varchar(60) not null primary key,
    area       varchar(40) not null,
    points     integer     not null,
    action_cap integer     not null,
    position   integer     not null,
    version    bigint      not null,
    constraint progression_rule_points_ck check (points >= 0),
    constraint progression_rule_cap_ck check (action_cap >= 0)
);

-- Every action a user did that progression knows of; a reference is credited once (idempotent).
create table progression_ledger (
    id          varchar(36) not null primary key,
    profile_id  varchar(36) not null references profile (id),
    category    varchar(60) not null references progression_rule (category),
    reference   varchar(120) not null,
    occurred_at timestamp with time zone not null
);
create unique index progression_ledger_action_uk on progression_ledger (profile_id, category, reference);

-- The bar of each user per area, kept in step with the ledger and re-computable from it.
create table progression_bar (
    profile_id varchar(36) not null references profile (id),
    area       varchar(40) not null,
    points     integer     not null,
    primary key (profile_id, area)
);

create table learning_module (
    id       varchar(36)   not null primary key,
    slug     varchar(80)   not null,
    title    varchar(200)  not null,
    summary  varchar(1000) not null,
    topic    varchar(40)   not null,
    minutes  integer       not null,
    position integer       not null
);
create unique index learning_module_slug_uk on learning_module (slug);

-- A module's steps in order: TEXT (body), VIDEO (video_url and body), QUIZ (question, choices, correct_choice)
create table learning_step (
    id             varchar(36)   not null primary key,
    module_id      varchar(36)   not null references learning_module (id),
    position       integer       not null,
    kind           varchar(10)   not null,
    title          varchar(200)  not null,
    body           varchar(4000),
    video_url      varchar(500),
    question       varchar(500),
    choices        varchar(2000),
    correct_choice integer
);
create unique index learning_step_position_uk on learning_step (module_id, position);

create table learning_completion (
    profile_id   varchar(36) not null references profile (id),
    module_id    varchar(36) not null references learning_module (id),
    completed_at timestamp with time zone not null,
    primary key (profile_id, module_id)
);

-- The default rule table (S2, S3); the Central Support Service edits points and caps.
insert into progression_rule (category, area, points, action_cap, position, version) values
    ('profile-completed',      'ELEMENTARY', 10, 1, 10, 0),
    ('photo-added',            'ELEMENTARY', 5, 1, 20, 0),
    ('school-added',           'ELEMENTARY', 5, 1, 30, 0),
    ('message-sent',           'COMMUNICATION', 2, 5, 40, 0),
    ('forum-post',             'COMMUNICATION', 2, 5, 50, 0),
    ('event-forum-post',       'COMMUNICATION', 2, 5, 60, 0),
    ('project-created',        'COOPERATION', 10, 3, 70, 0),
    ('partner-accepted',       'COOPERATION', 5, 5, 80, 0),
    ('project-approved',       'COOPERATION', 10, 3, 90, 0),
    ('group-activity-done',    'COOPERATION', 3, 5, 100, 0),
    ('contact-accepted',       'NETWORK', 2, 10, 110, 0),
    ('user-followed',          'NETWORK', 1, 5, 120, 0),
    ('group-joined',           'NETWORK', 2, 3, 130, 0),
    ('event-organised',        'NETWORK', 5, 3, 140, 0),
    ('event-attended',         'NETWORK', 2, 5, 150, 0),
    ('training-completed',     'PROFESSIONAL_DEVELOPMENT_QUALITY', 10, 3, 160, 0),
    ('seminar-attended',       'PROFESSIONAL_DEVELOPMENT_QUALITY', 5, 5, 170, 0),
    ('quality-label-received', 'PROFESSIONAL_DEVELOPMENT_QUALITY', 15, 3, 180, 0),
    ('prize-application',      'PROFESSIONAL_DEVELOPMENT_QUALITY', 5, 2, 190, 0),
    ('module-completed',       'SELF_LEARNING', 10, 10, 200, 0);
