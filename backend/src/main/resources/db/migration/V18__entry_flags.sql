-- A supervisor (监督员) flags a ledger entry they doubt (domain.md §4, review); the branch's record keepers resolve
-- it (usually by correcting the entry). A month cannot be approved while one of its entries is flagged.

create table entry_flags (
    tenant_id        uuid        not null references tenants (id),
    id               uuid        not null,
    ledger_entry_id  uuid        not null,
    branch_id        uuid        not null,
    month            date        not null,
    note             text        not null,
    raised_by        uuid        not null,
    raised_at        timestamptz not null default now(),
    status           text        not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    resolution       text,
    resolved_by      uuid,
    resolved_at      timestamptz,
    version          bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, ledger_entry_id) references ledger_entries (tenant_id, id),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id)
);

create index entry_flags_branch_idx on entry_flags (tenant_id, branch_id, month, status);
create unique index entry_flags_one_open_idx on entry_flags (tenant_id, ledger_entry_id) where status = 'OPEN';

alter table entry_flags enable row level security;
create policy tenant_isolation on entry_flags
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update on entry_flags to ${appRole};
