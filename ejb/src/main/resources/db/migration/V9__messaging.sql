-- Internal mail (N3): threads between several people, their messages, and each participant's
-- own state of a thread (read up to when, last received, last sent). Portable SQL for H2 and
-- PostgreSQL.

create table message_thread (
    id             varchar(36)  not null primary key,
    subject        varchar(200) not null,
    -- lower case, without accents: what the search "q" compares with (messaging.SearchText)
    subject_folded varchar(400) not null,
    started_at     timestamp with time zone not null
);

-- one row per person in a thread; the folders, the unread mark and the envelope's count read
-- only these rows of one person, each through an index of its own
create table thread_participant (
    thread_id        varchar(36) not null references message_thread (id),
    profile_id       varchar(36) not null references profile (id),
    joined_at        timestamp with time zone not null,
    -- the latest message someone else wrote (null: none yet): the inbox and its order
    last_received_at timestamp with time zone,
    -- the latest message this person wrote (null: none): the sent folder and its order
    last_sent_at     timestamp with time zone,
    last_read_at     timestamp with time zone,
    unread           boolean not null,
    primary key (thread_id, profile_id)
);
create index thread_participant_inbox_idx on thread_participant (profile_id, last_received_at);
create index thread_participant_sent_idx on thread_participant (profile_id, last_sent_at);
-- the envelope: count of a person's unread threads, on every page and every live push
create index thread_participant_unread_idx on thread_participant (profile_id, unread);

create table message (
    id               varchar(36)    not null primary key,
    thread_id        varchar(36)    not null references message_thread (id),
    author_id        varchar(36)    not null references profile (id),
    -- sanitised HTML (media.RichText), at most 20,000 characters, and its plain-text form
    body_html        varchar(20000) not null,
    body_text        varchar(20000) not null,
    text_folded      varchar(20000) not null,
    attachment_count integer        not null,
    sent_at          timestamp with time zone not null
);
-- a thread's messages in order, and its latest one
create index message_thread_idx on message (thread_id, sent_at);
-- erasure (U5): the messages a person wrote
create index message_author_idx on message (author_id);
