-- Baseline: tenancy with row-level security, the org tree root, identity and the authorization server.
-- Runs as the schema owner. The application connects as ${appRole}, which owns nothing, so every
-- tenant-owned table below is guarded by RLS policies keyed on the transaction-local setting
-- app.tenant_id (set by the application at the start of each transaction).

create extension if not exists ltree;

create function app_tenant_id() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

create function app_user_id() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

-- Tenancy ---------------------------------------------------------------------------------------

create table tenants (
    id          uuid        not null primary key,
    name        text        not null,
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0
);

alter table tenants enable row level security;
create policy tenant_isolation on tenants
    using (id = app_tenant_id())
    with check (id = app_tenant_id());

-- Organisations --------------------------------------------------------------------------------

create table orgs (
    tenant_id   uuid        not null references tenants (id),
    id          uuid        not null,
    parent_id   uuid,
    type        text        not null check (type in ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'GROUP')),
    name        text        not null,
    path        ltree       not null,
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, parent_id) references orgs (tenant_id, id)
);

create index orgs_path_idx on orgs using gist (path);
create index orgs_parent_idx on orgs (tenant_id, parent_id);

alter table orgs enable row level security;
create policy tenant_isolation on orgs
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

-- Identity: users are global, role assignments belong to a tenant -----------------------------

create table users (
    id               uuid        not null primary key,
    display_name     text        not null,
    mobile           text,
    email            text,
    password_hash    text        not null,
    failed_attempts  int         not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    version          bigint      not null default 0
);

create unique index users_mobile_key on users (mobile);
create unique index users_email_key on users (lower(email));

create table role_assignments (
    tenant_id   uuid        not null,
    id          uuid        not null,
    user_id     uuid        not null references users (id),
    org_id      uuid        not null,
    role        text        not null check (role in ('COMMITTEE_ADMIN', 'REVIEWER', 'SECRETARY', 'DEPUTY_SECRETARY',
                                                     'RECORDER', 'SUPERVISOR', 'GROUP_LEADER')),
    created_at  timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, user_id, org_id, role),
    foreign key (tenant_id, org_id) references orgs (tenant_id, id)
);

create index role_assignments_user_idx on role_assignments (user_id);

alter table role_assignments enable row level security;
-- A user may list their own assignments in every tenant (to choose one); everything else needs the tenant.
create policy own_assignments on role_assignments for select
    using (user_id = app_user_id());
create policy tenant_isolation on role_assignments
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

-- Onboarding rate limit: one row per attempt, pruned as it goes -------------------------------

create table onboarding_attempts (
    client_address  text        not null,
    attempted_at    timestamptz not null default now()
);

create index onboarding_attempts_idx on onboarding_attempts (client_address, attempted_at);

-- Authorization server ---------------------------------------------------------------------------

-- Signing keys live here so that every replica signs and validates with the same keys.
create table signing_keys (
    id                     uuid        not null primary key,
    key_id                 text        not null unique,
    public_key             bytea       not null,
    encrypted_private_key  text        not null,
    created_at             timestamptz not null default now()
);

-- Schemas of Spring Security's JDBC stores (blob → text, timestamp → timestamptz for PostgreSQL).
create table oauth2_registered_client (
    id                            varchar(100)  not null primary key,
    client_id                     varchar(100)  not null unique,
    client_id_issued_at           timestamptz   not null default current_timestamp,
    client_secret                 varchar(200),
    client_secret_expires_at      timestamptz,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000),
    post_logout_redirect_uris     varchar(1000),
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null
);

create table oauth2_authorization (
    id                            varchar(100) not null primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);

create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);

-- The application's role reads and writes rows; it owns nothing and cannot bypass RLS.
grant usage on schema public to ${appRole};
grant select, insert, update, delete on all tables in schema public to ${appRole};
grant execute on function app_tenant_id(), app_user_id() to ${appRole};
