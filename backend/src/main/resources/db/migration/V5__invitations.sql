-- Invited accounts: created for a member who gets a role, without a password until the person sets one
-- through their invitation link. Only a hash of the link's token is stored.
alter table users
    alter column password_hash drop not null,
    add column invitation_token_hash text,
    add column invitation_expires_at timestamptz;

create unique index users_invitation_token_key on users (invitation_token_hash) where invitation_token_hash is not null;
