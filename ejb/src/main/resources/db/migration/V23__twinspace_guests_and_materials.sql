-- Guests of a TwinSpace (T1): teachers of a member's school whom the member invited to read the
-- space and reply in its forum, without joining the project.
create table space_guest (
    id          varchar(36)  not null primary key,
    project_id  varchar(36)  not null references project (id),
    profile_id  varchar(36)  not null references profile (id),
    -- the member who invited them; null once their account is erased
    invited_by  varchar(36)  references profile (id),
    invited_at  timestamp with time zone not null
);
-- a guest once per space; a space's guests listed by the first column, a person's seats by the second
create unique index space_guest_uk on space_guest (project_id, profile_id);
create index space_guest_profile_idx on space_guest (profile_id);
create index space_guest_inviter_idx on space_guest (invited_by);

-- Materials of a TwinSpace (T1): folders of files and albums of pictures; the files themselves are
-- the file store's (stored_file), attached to their folder (owner "twinspace-folder").
create table space_folder (
    id          varchar(36)  not null primary key,
    project_id  varchar(36)  not null references project (id),
    name        varchar(120) not null,
    -- an album holds pictures only, shown as thumbnails
    album       boolean      not null,
    -- the member who made it; null once their account is erased
    created_by  varchar(36)  references profile (id),
    created_at  timestamp with time zone not null,
    version     bigint       not null
);
create unique index space_folder_name_uk on space_folder (project_id, name);
create index space_folder_creator_idx on space_folder (created_by);

-- a teacher's material shared in a TwinSpace counts (S2), as their forum posts do
insert into progression_rule (category, area, points, action_cap, position, version) values
    ('twinspace-material', 'COOPERATION', 2, 10, 105, 0);

-- Who follows a page of a TwinSpace (T1): told of each new version by someone else; its writers follow it
create table space_page_follower (
    id          varchar(36)  not null primary key,
    page_id     varchar(36)  not null references space_page (id),
    profile_id  varchar(36)  not null references profile (id),
    since       timestamp with time zone not null
);
create unique index space_page_follower_uk on space_page_follower (page_id, profile_id);
create index space_page_follower_profile_idx on space_page_follower (profile_id);

-- posts erased with a pupil's login say so in the reader's language (no stored reason), older ones too
update discussion_post set removal_reason = null where removal_reason = 'Removed with the pupil''s login.';
