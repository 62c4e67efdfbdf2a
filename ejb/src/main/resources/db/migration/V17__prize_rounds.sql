-- The European Prizes (P5): rounds the Central Support Service opens, each with its categories
-- (age groups, themes) and an application period; the projects holding the European Quality
-- Label apply within it, once a round, in one category; the css marks the winners.
create table prize_round (
    id         varchar(36)  not null primary key,
    name       varchar(200) not null,
    -- the application period, both days included, as days in UTC
    opens_on   date         not null,
    closes_on  date         not null,
    created_at timestamp with time zone not null,
    constraint prize_round_period_ck check (closes_on >= opens_on)
);
-- the list of rounds, the latest period first
create index prize_round_list_idx on prize_round (opens_on, created_at);

-- a round's categories, in the css's order
create table prize_category (
    round_id varchar(36)  not null references prize_round (id),
    position integer      not null,
    category varchar(100) not null,
    primary key (round_id, position)
);

create table prize_application (
    id           varchar(36)   not null primary key,
    round_id     varchar(36)   not null references prize_round (id),
    project_id   varchar(36)   not null references project (id),
    -- null once the applicant's account is erased
    applicant_id varchar(36)   references profile (id),
    -- one of the round's categories, as the round spells it
    category     varchar(100)  not null,
    summary      varchar(2000),
    created_at   timestamp with time zone not null,
    -- set when the css marks it a winner of its category, with who did
    won_at       timestamp with time zone,
    awarded_by   varchar(36)   references profile (id),
    version      bigint        not null
);
-- one application per project and round; a project's applications and the prizes it won
create unique index prize_application_project_uk on prize_application (project_id, round_id);
-- a round's applications (the css), oldest first; its winners
create index prize_application_round_idx on prize_application (round_id, created_at);
create index prize_application_winner_idx on prize_application (round_id, won_at);
-- a person's applications and awards (export, erasure)
create index prize_application_applicant_idx on prize_application (applicant_id);
create index prize_application_awarder_idx on prize_application (awarded_by);

-- a prize certificate names the round and the category the project won (certificates.Certificate)
alter table certificate add column prize_round varchar(200);
alter table certificate add column prize_category varchar(100);
