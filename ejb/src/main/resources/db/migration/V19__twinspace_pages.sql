-- TwinSpace pages (T1): each open or closed project's workspace holds a tree of rich-text pages
-- its members write; every saved version is kept, with who wrote it and when.
create table space_page (
    id          varchar(36)    not null primary key,
    project_id  varchar(36)    not null references project (id),
    -- the page it sits under, or null for a page at the top of the space
    parent_id   varchar(36)    references space_page (id),
    title       varchar(200)   not null,
    body_html   varchar(100000) not null,
    body_text   varchar(100000) not null,
    -- the number of its current version: 1 when written, one more at each edit (the API's "version")
    revision    integer        not null,
    created_at  timestamp with time zone not null,
    -- null once the member's account is erased ("former member")
    created_by  varchar(36)    references profile (id),
    updated_at  timestamp with time zone not null,
    updated_by  varchar(36)    references profile (id),
    version     bigint         not null
);
-- a space's pages in one read; the pages a person wrote (export, erasure)
create index space_page_project_idx on space_page (project_id, parent_id, title);
create index space_page_created_by_idx on space_page (created_by);
create index space_page_updated_by_idx on space_page (updated_by);

create table space_page_revision (
    id          varchar(36)    not null primary key,
    page_id     varchar(36)    not null references space_page (id),
    project_id  varchar(36)    not null references project (id),
    revision    integer        not null,
    title       varchar(200)   not null,
    body_html   varchar(100000) not null,
    edited_at   timestamp with time zone not null,
    -- null once the member's account is erased ("former member")
    edited_by   varchar(36)    references profile (id)
);
-- a page's history, newest first; the space's Twinboard (its latest changes); a person's versions
create unique index space_page_revision_uk on space_page_revision (page_id, revision);
create index space_page_revision_recent_idx on space_page_revision (project_id, edited_at);
create index space_page_revision_editor_idx on space_page_revision (edited_by);
