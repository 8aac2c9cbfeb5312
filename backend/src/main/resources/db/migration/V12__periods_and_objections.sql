-- A branch's month as a period (domain.md §4): the branch committee approves it, publicises it for N days to
-- the branch's members, answers their objections, and finalises it, which locks it. Re-opening a locked period
-- needs the parent org's approval (REOPENED: open again, until approved anew; the row keeps the history).

create table periods (
    tenant_id          uuid        not null references tenants (id),
    id                 uuid        not null,
    branch_id          uuid        not null,
    month              date        not null check (extract(day from month) = 1),
    status             text        not null check (status in ('APPROVED', 'IN_PUBLICITY', 'PUBLICITY_CLOSED', 'FINALISED',
                                        'REOPEN_REQUESTED', 'REOPENED')),
    approved_by        uuid,
    approved_at        timestamptz,
    publicity_from     timestamptz,
    publicity_until    timestamptz,
    publicity_closed_at timestamptz,
    finalised_by       uuid,
    finalised_at       timestamptz,
    reopen_reason      text,
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, branch_id, month),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id)
);

create index periods_publicity_due_idx on periods (publicity_until) where status = 'IN_PUBLICITY';

-- A member's objection (异议/申辩) during publicity, to one ledger entry or to a member's total.
create table objections (
    tenant_id           uuid        not null references tenants (id),
    id                  uuid        not null,
    period_id           uuid        not null,
    objector_id         uuid        not null,
    subject_member_id   uuid        not null,
    ledger_entry_id     uuid,
    text                text        not null,
    status              text        not null check (status in ('OPEN', 'UPHELD', 'DISMISSED')),
    answer              text,
    answered_by         uuid,
    answered_at         timestamptz,
    adjustment_entry_id uuid,
    created_at          timestamptz not null default now(),
    version             bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, period_id) references periods (tenant_id, id),
    foreign key (tenant_id, objector_id) references members (tenant_id, id),
    foreign key (tenant_id, subject_member_id) references members (tenant_id, id),
    foreign key (tenant_id, ledger_entry_id) references ledger_entries (tenant_id, id)
);

create index objections_period_idx on objections (tenant_id, period_id, status);

create table objection_evidence (
    tenant_id     uuid not null references tenants (id),
    objection_id  uuid not null,
    evidence_id   uuid not null,
    position      int  not null,
    primary key (tenant_id, objection_id, evidence_id),
    foreign key (tenant_id, objection_id) references objections (tenant_id, id),
    foreign key (tenant_id, evidence_id) references evidence_files (tenant_id, id)
);

alter table periods enable row level security;
create policy tenant_isolation on periods
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table objections enable row level security;
create policy tenant_isolation on objections
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table objection_evidence enable row level security;
create policy tenant_isolation on objection_evidence
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update on periods to ${appRole};
grant select, insert, update on objections to ${appRole};
grant select, insert on objection_evidence to ${appRole};

-- Closing publicity on time runs in a background job with no tenant bound: this function, owned by the schema
-- owner, closes every period whose publicity has ended, in every tenant, and says which ones it closed.
create function close_due_publicity(p_now timestamptz)
    returns table (tenant_id uuid, period_id uuid, branch_id uuid, month date)
    language sql security definer set search_path = public
as $$
    update periods p set status = 'PUBLICITY_CLOSED', publicity_closed_at = p_now, version = p.version + 1
    where p.status = 'IN_PUBLICITY' and p.publicity_until <= p_now
    returning p.tenant_id, p.id, p.branch_id, p.month
$$;

revoke all on function close_due_publicity(timestamptz) from public;
grant execute on function close_due_publicity(timestamptz) to ${appRole};
