-- P6: certificates issued on request, each with an unguessable verification code that the public
-- page /verify/{code} checks. The holder's id and name go when their account is erased; the rest
-- stays, so the page can still say the certificate is genuine, issued to a former member.
create table certificate (
    -- 26 characters of base32 from 128 random bits: never listed, never guessed
    code         varchar(32)  not null primary key,
    -- PROJECT_PARTICIPATION (certificates.CertificateKind)
    kind         varchar(32)  not null,
    holder_id    varchar(36)  references profile (id),
    holder_name  varchar(200),
    -- what it certifies: the project, its title and the holder's school and role there when issued
    subject_id   varchar(36)  not null,
    subject_title varchar(200) not null,
    school_name  varchar(200),
    country      varchar(2),
    role         varchar(16),
    issued_at    timestamp with time zone not null
);
-- one certificate per holder, kind and project: asking again gives the same code
create unique index certificate_holder_uk on certificate (holder_id, kind, subject_id);
