-- The org tree's own attributes, and the audit log.

alter table orgs
    add column code        text,
    add column domain      text check (domain in ('RURAL', 'AGENCY', 'PUBLIC_INSTITUTION', 'STATE_OWNED_ENTERPRISE',
                                                  'NON_PUBLIC_ENTERPRISE', 'SOCIAL_ORGANISATION', 'COMMUNITY',
                                                  'SCHOOL', 'RETIRED')),
    add column sort_order  int not null default 0,
    add column closed_at   timestamptz;

create unique index orgs_code_key on orgs (tenant_id, code) where code is not null;

-- Append-only: the application's role may read and add entries, never change or remove them.
create table audit_log (
    tenant_id    uuid        not null references tenants (id),
    id           uuid        not null,
    occurred_at  timestamptz not null default now(),
    actor_id     uuid,
    action       text        not null,
    entity_type  text        not null,
    entity_id    uuid        not null,
    org_path     ltree,
    before       jsonb,
    after        jsonb,
    primary key (tenant_id, id)
);

create index audit_log_time_idx on audit_log (tenant_id, occurred_at desc);
create index audit_log_path_idx on audit_log using gist (org_path);

alter table audit_log enable row level security;
create policy tenant_isolation on audit_log
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert on audit_log to ${appRole};
