-- S6: where the re-computation of every bar stands, kept with the bars so that a failure or a
-- restart resumes it after the last batch that committed (resume_after null: nothing to do).
create table progression_recomputation (
    id           integer     not null primary key,
    requested_at timestamp with time zone,
    resume_after varchar(36),
    done         bigint      not null,
    failed_at    timestamp with time zone,
    failure      varchar(500)
);
insert into progression_recomputation (id, done) values (1, 0);
