-- A TwinSpace's public blog (T1): posts its teachers publish for everyone, visitors included.
create table space_blog_post (
    id           varchar(36)    not null primary key,
    project_id   varchar(36)    not null references project (id),
    title        varchar(200)   not null,
    body_html    varchar(20000) not null,
    body_text    varchar(20000) not null,
    -- null once the member's account is erased ("former member")
    author_id    varchar(36)    references profile (id),
    published_at timestamp with time zone not null
);
-- a space's blog, the latest first; a person's posts (export, erasure)
create index space_blog_project_idx on space_blog_post (project_id, published_at);
create index space_blog_author_idx on space_blog_post (author_id);
