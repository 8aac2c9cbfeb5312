-- Filing (上报备案): a branch files its quarterly or annual summary to its parent, which accepts it or returns it
-- with a comment. The summary is kept as filed. Spot checks (随机抽查): an upper org draws a random sample of ledger
-- entries under it with a recorded seed (the same seed draws the same sample) and marks each verified or a problem.

create table filings (
    tenant_id     uuid        not null references tenants (id),
    id            uuid        not null,
    branch_id     uuid        not null,
    parent_id     uuid        not null,
    period        text        not null check (period ~ '^\d{4}(-Q[1-4])?$'),
    status        text        not null check (status in ('FILED', 'ACCEPTED', 'RETURNED')),
    summary       jsonb       not null,
    filed_by      uuid        not null,
    filed_at      timestamptz not null default now(),
    decided_by    uuid,
    decided_at    timestamptz,
    comment       text,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id),
    foreign key (tenant_id, parent_id) references orgs (tenant_id, id)
);

-- One live filing per branch and period: a returned one may be filed again.
create unique index filings_live on filings (tenant_id, branch_id, period) where status <> 'RETURNED';
create index filings_parent_idx on filings (tenant_id, parent_id, status);

create table spot_checks (
    tenant_id     uuid        not null references tenants (id),
    id            uuid        not null,
    org_id        uuid        not null,
    month_from    date        not null,
    month_to      date        not null,
    population    int         not null,
    seed          bigint      not null,
    created_by    uuid        not null,
    created_at    timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, org_id) references orgs (tenant_id, id),
    check (month_from <= month_to)
);

create table spot_check_items (
    tenant_id        uuid        not null references tenants (id),
    spot_check_id    uuid        not null,
    ledger_entry_id  uuid        not null,
    position         int         not null,
    verdict          text        check (verdict in ('VERIFIED', 'PROBLEM')),
    note             text,
    checked_by       uuid,
    checked_at       timestamptz,
    primary key (tenant_id, spot_check_id, ledger_entry_id),
    foreign key (tenant_id, spot_check_id) references spot_checks (tenant_id, id),
    foreign key (tenant_id, ledger_entry_id) references ledger_entries (tenant_id, id)
);

alter table filings enable row level security;
create policy tenant_isolation on filings
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table spot_checks enable row level security;
create policy tenant_isolation on spot_checks
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table spot_check_items enable row level security;
create policy tenant_isolation on spot_check_items
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update on filings to ${appRole};
grant select, insert on spot_checks to ${appRole};
grant select, insert, update on spot_check_items to ${appRole};
