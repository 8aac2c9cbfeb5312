-- Wrong passwords counted by who is tried from where (ADR 014): a login, as typed, from one client address; and the
-- address alone. Nobody locks a person's account for everyone by knowing their number: only for their own address.
-- A login that names no account is counted the same way, so a lock-out says nothing about whether the account exists.
create table sign_in_failures (
    subject      text        primary key,
    failures     int         not null,
    first_at     timestamptz not null,
    locked_until timestamptz
);

grant select, insert, update, delete on sign_in_failures to ${appRole};

-- The account-wide lockout it replaces.
alter table users drop column failed_attempts, drop column locked_until;
