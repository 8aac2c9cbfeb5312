-- Alerts (预警, seed 002), raised when a month is finalised: a member below the passing score for one, two or
-- three months in a row (谈话整改 / 约谈 / 处置), a member's month at zero (述职时说明), and a branch with at least
-- the scheme's share of its graded members below passing (not eligible for 五好党支部). Alerts are tasks: followed
-- up with notes, then closed.

create table alerts (
    tenant_id   uuid        not null references tenants (id),
    id          uuid        not null,
    branch_id   uuid        not null,
    member_id   uuid,
    month       date        not null check (extract(day from month) = 1),
    kind        text        not null check (kind in ('BELOW_PASSING_1', 'BELOW_PASSING_2', 'BELOW_PASSING_3', 'ZERO_MONTH',
                                 'BRANCH_BELOW_PASSING')),
    score       numeric(8,2),
    status      text        not null check (status in ('OPEN', 'CLOSED')),
    created_at  timestamptz not null default now(),
    closed_by   uuid,
    closed_at   timestamptz,
    version     bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id),
    foreign key (tenant_id, member_id) references members (tenant_id, id)
);

-- A month finalised again after re-opening raises no second alert of the same kind.
create unique index alerts_once on alerts (tenant_id, branch_id, coalesce(member_id, branch_id), month, kind);
create index alerts_branch_idx on alerts (tenant_id, branch_id, status);

create table alert_notes (
    tenant_id   uuid        not null references tenants (id),
    id          uuid        not null,
    alert_id    uuid        not null,
    text        text        not null,
    written_by  uuid        not null,
    written_at  timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, alert_id) references alerts (tenant_id, id)
);

alter table alerts enable row level security;
create policy tenant_isolation on alerts
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table alert_notes enable row level security;
create policy tenant_isolation on alert_notes
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update on alerts to ${appRole};
grant select, insert on alert_notes to ${appRole};
