-- Scoring schemes (domain.md §3): a scheme belongs to an org and a year and applies to the org's subtree
-- unless a node below has its own. Its versions go DRAFT → PUBLISHED → RETIRED; a published version is never
-- edited (changes make a new version). A derived scheme names the parent version it refines.

create table schemes (
    tenant_id                uuid        not null references tenants (id),
    id                       uuid        not null,
    org_id                   uuid        not null,
    year                     int         not null check (year between 2000 and 2100),
    code                     text        not null,
    name                     text        not null,
    derived_from_version_id  uuid,
    created_by               uuid,
    created_at               timestamptz not null default now(),
    version                  bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, org_id) references orgs (tenant_id, id),
    unique (tenant_id, org_id, year)
);

create table scheme_versions (
    tenant_id     uuid        not null references tenants (id),
    id            uuid        not null,
    scheme_id     uuid        not null,
    number        int         not null,
    status        text        not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    document      jsonb       not null,
    created_by    uuid,
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, scheme_id) references schemes (tenant_id, id),
    unique (tenant_id, scheme_id, number)
);

-- At most one draft and one published version per scheme.
create unique index scheme_versions_one_draft on scheme_versions (tenant_id, scheme_id) where status = 'DRAFT';
create unique index scheme_versions_one_published on scheme_versions (tenant_id, scheme_id) where status = 'PUBLISHED';

alter table schemes
    add foreign key (tenant_id, derived_from_version_id) references scheme_versions (tenant_id, id);

alter table schemes enable row level security;
create policy tenant_isolation on schemes
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table scheme_versions enable row level security;
create policy tenant_isolation on scheme_versions
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update on schemes to ${appRole};
grant select, insert, update on scheme_versions to ${appRole};
