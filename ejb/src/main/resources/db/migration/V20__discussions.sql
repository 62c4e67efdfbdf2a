-- Discussions: one mechanism for threads and replies, used by TwinSpace forums (T1) and later by
-- event forums, groups and collaboration forums. A thread belongs to an owner (its kind, e.g.
-- "twinspace", and its id, e.g. the project's), which decides who may read and write.
create table discussion_thread (
    id           varchar(36)   not null primary key,
    owner_kind   varchar(32)   not null,
    owner_id     varchar(36)   not null,
    title        varchar(200)  not null,
    -- null once the member's account is erased ("former member")
    created_by   varchar(36)   references profile (id),
    created_at   timestamp with time zone not null,
    last_post_at timestamp with time zone not null,
    -- posts in it, the first included
    posts        integer       not null,
    pinned       boolean       not null,
    locked       boolean       not null,
    version      bigint        not null
);
-- an owner's threads, pinned first then the latest active; a person's threads (export, erasure)
create index discussion_thread_owner_idx on discussion_thread (owner_kind, owner_id, pinned, last_post_at);
create index discussion_thread_creator_idx on discussion_thread (created_by);

create table discussion_post (
    id             varchar(36)   not null primary key,
    thread_id      varchar(36)   not null references discussion_thread (id),
    author_id      varchar(36)   references profile (id),
    -- sanitised HTML (media.RichText) and its plain-text form
    body_html      varchar(20000) not null,
    body_text      varchar(20000) not null,
    created_at     timestamp with time zone not null,
    -- removed by a moderator: kept for the record, shown as removed with the reason
    removed_at     timestamp with time zone,
    removed_by     varchar(36)   references profile (id),
    removal_reason varchar(500)
);
create index discussion_post_thread_idx on discussion_post (thread_id, created_at);
create index discussion_post_author_idx on discussion_post (author_id);
create index discussion_post_remover_idx on discussion_post (removed_by);

-- who follows a thread: told of its new replies
create table discussion_follower (
    thread_id  varchar(36) not null references discussion_thread (id),
    profile_id varchar(36) not null references profile (id),
    since      timestamp with time zone not null,
    primary key (thread_id, profile_id)
);
create index discussion_follower_profile_idx on discussion_follower (profile_id);
