-- The monthly cycle (domain.md §4): evidence files, members' declarations and the points ledger.

-- Evidence (images, PDF). The content lives here by default; another store (a directory, an object store)
-- keeps only the key here and the bytes elsewhere.
create table evidence_files (
    tenant_id     uuid        not null references tenants (id),
    id            uuid        not null,
    uploaded_by   uuid        not null,
    file_name     text        not null,
    media_type    text        not null,
    size_bytes    bigint      not null check (size_bytes > 0),
    storage       text        not null check (storage in ('DATABASE', 'FILESYSTEM')),
    content       bytea,
    created_at    timestamptz not null default now(),
    primary key (tenant_id, id),
    check ((storage = 'DATABASE') = (content is not null))
);

-- A member's declaration of an item for a month, and its review. The decision writes the ledger entry.
create table declarations (
    tenant_id          uuid          not null references tenants (id),
    id                 uuid          not null,
    member_id          uuid          not null,
    branch_id          uuid          not null,
    scheme_version_id  uuid          not null,
    item_code          text          not null,
    occurred_on        date          not null,
    month              date          not null check (extract(day from month) = 1),
    quantity           numeric(10,2) not null check (quantity > 0),
    points             numeric(8,2),
    level              text,
    achievement        text,
    description        text          not null,
    status             text          not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'ADJUSTED', 'REJECTED', 'RETURNED')),
    decision_reason    text,
    decided_by         uuid,
    decided_at         timestamptz,
    ledger_entry_id    uuid,
    created_by         uuid          not null,
    created_at         timestamptz   not null default now(),
    submitted_at       timestamptz,
    version            bigint        not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references members (tenant_id, id),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id),
    foreign key (tenant_id, scheme_version_id) references scheme_versions (tenant_id, id)
);

create index declarations_member_idx on declarations (tenant_id, member_id, month);
create index declarations_branch_idx on declarations (tenant_id, branch_id, month, status);

create table declaration_evidence (
    tenant_id       uuid not null references tenants (id),
    declaration_id  uuid not null,
    evidence_id     uuid not null,
    position        int  not null,
    primary key (tenant_id, declaration_id, evidence_id),
    foreign key (tenant_id, declaration_id) references declarations (tenant_id, id),
    foreign key (tenant_id, evidence_id) references evidence_files (tenant_id, id)
);

-- The points ledger: append-only. A correction is a new row naming the row it replaces (and why); a voided row
-- replaces one with nothing. What counts is every row no later row replaces.
create table ledger_entries (
    tenant_id          uuid          not null references tenants (id),
    id                 uuid          not null,
    member_id          uuid          not null,
    branch_id          uuid          not null,
    month              date          not null check (extract(day from month) = 1),
    item_code          text          not null,
    quantity           numeric(10,2) not null check (quantity > 0),
    level              text,
    points             numeric(8,2),
    awarded            numeric(8,2),
    achievement        text,
    source             text          not null check (source in ('DECLARATION', 'RECORDER', 'ATTENDANCE', 'CORRECTION')),
    source_id          uuid,
    replaces_id        uuid,
    voided             boolean       not null default false,
    reason             text,
    scheme_version_id  uuid          not null,
    recorded_by        uuid          not null,
    recorded_at        timestamptz   not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references members (tenant_id, id),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id),
    foreign key (tenant_id, replaces_id) references ledger_entries (tenant_id, id),
    foreign key (tenant_id, scheme_version_id) references scheme_versions (tenant_id, id),
    check (replaces_id is null or reason is not null),
    check (not voided or replaces_id is not null)
);

create index ledger_entries_member_idx on ledger_entries (tenant_id, member_id, month);
create index ledger_entries_branch_idx on ledger_entries (tenant_id, branch_id, month);
-- A row is replaced at most once: corrections form a chain, never a fork.
create unique index ledger_entries_replaced_once on ledger_entries (tenant_id, replaces_id) where replaces_id is not null;

alter table evidence_files enable row level security;
create policy tenant_isolation on evidence_files
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table declarations enable row level security;
create policy tenant_isolation on declarations
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table declaration_evidence enable row level security;
create policy tenant_isolation on declaration_evidence
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table ledger_entries enable row level security;
create policy tenant_isolation on ledger_entries
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert on evidence_files to ${appRole};
grant select, insert, update on declarations to ${appRole};
grant select, insert, delete on declaration_evidence to ${appRole};
-- Append-only, by privilege: the application can never change or remove a ledger row.
grant select, insert on ledger_entries to ${appRole};
