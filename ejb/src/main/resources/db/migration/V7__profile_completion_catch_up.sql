-- A complete profile no longer needs a photo (people.ProfileCompleteness): profiles already
-- complete earn the profile-completed credit once, from a pass over every profile after the
-- start (people.CompletionCatchUp), batch by batch. This row says how far it has come, so a
-- stop resumes it after the last batch that committed (resume_after null: nothing to do).
create table profile_completion_catch_up (
    id             integer not null primary key,
    resume_after   varchar(36),
    examined       bigint  not null,
    found_complete bigint  not null,
    finished_at    timestamp with time zone
);
insert into profile_completion_catch_up (id, resume_after, examined, found_complete) values (1, '', 0, 0);
