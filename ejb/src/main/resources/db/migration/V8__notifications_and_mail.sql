-- Notifications (N2), the e-mail outbox and preferences (N4), and the messages flag of
-- privacy (N3). Portable SQL for H2 and PostgreSQL.

-- N3: whether contacts may write to the user; protective choices stay the user's
alter table profile add column accepts_messages boolean default true not null;

-- N2: one row per notice, or per group of notices ("bob and 3 others followed you"): the
-- text is a bundle key and its arguments, rendered in the reader's language when read
create table notification (
    id           varchar(36)  not null primary key,
    recipient_id varchar(36)  not null,
    kind         varchar(40)  not null,
    actor_id     varchar(36),
    actor_count  integer      default 1 not null,
    reference    varchar(200),
    detail       varchar(1000),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone
);
-- the list, newest first, and the unread count of one reader (the bell on every page)
create index notification_recipient_idx on notification (recipient_id, created_at);
create index notification_unread_idx on notification (recipient_id, read_at);
-- an unread group of a kind is found again when one more notice joins it
create index notification_group_idx on notification (recipient_id, kind, reference, read_at);
-- erasure (U5): where the erased person acted, they become "a former member"
create index notification_actor_idx on notification (actor_id);

-- N4: per person and kind: IMMEDIATELY (the default, no row), DAILY or NEVER
create table mail_preference (
    profile_id varchar(36) not null,
    kind       varchar(40) not null,
    mode       varchar(16) not null,
    primary key (profile_id, kind)
);

-- N4: one per person who chose a daily summary: where the next digest starts (unsubscribe
-- links are signed, mail.UnsubscribeLinks, so that nobody needs a row to be mailed)
create table mail_settings (
    profile_id   varchar(36) not null primary key,
    digest_since timestamp with time zone not null
);
create index mail_settings_digest_idx on mail_settings (digest_since);

-- N4: every e-mail leaves from here: written in the action's transaction, claimed by a sender,
-- retried with back-off, marked sent once
create table mail_outbox (
    id              varchar(36)   not null primary key,
    recipient_id    varchar(36),
    address         varchar(320)  not null,
    kind            varchar(40)   not null,
    language        varchar(8)    not null,
    subject         varchar(300)  not null,
    body            varchar(20000) not null,
    unsubscribe_url varchar(500),
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    attempts        integer default 0 not null,
    claim           varchar(36),
    claimed_until   timestamp with time zone,
    sent_at         timestamp with time zone,
    last_error      varchar(500)
);
-- the sender's query: unsent rows that are due
create index mail_outbox_due_idx on mail_outbox (sent_at, next_attempt_at);
create index mail_outbox_claim_idx on mail_outbox (claim);
create index mail_outbox_recipient_idx on mail_outbox (recipient_id);
