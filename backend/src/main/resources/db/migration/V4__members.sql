-- Party members and their transfers between branches. No national ID number is stored, by design.

create table members (
    tenant_id     uuid        not null references tenants (id),
    id            uuid        not null,
    name          text        not null,
    gender        text        check (gender in ('MALE', 'FEMALE')),
    status        text        not null check (status in ('FULL', 'PROBATIONARY', 'ACTIVIST')),
    post_type     text        not null check (post_type in ('IN_OFFICE', 'NON_POST', 'FLOATING', 'RETIRED')),
    leader_cadre  boolean     not null default false,
    joined_on     date,
    branch_id     uuid        not null,
    group_id      uuid,
    mobile        text,
    email         text,
    user_id       uuid        references users (id),
    created_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id),
    foreign key (tenant_id, group_id) references orgs (tenant_id, id)
);

create index members_branch_idx on members (tenant_id, branch_id);
create unique index members_mobile_key on members (tenant_id, mobile) where mobile is not null;

alter table members enable row level security;
create policy tenant_isolation on members
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

-- A member keeps their history: every move between branches (or groups) is a row here.
create table member_transfers (
    tenant_id       uuid        not null references tenants (id),
    id              uuid        not null,
    member_id       uuid        not null,
    from_branch_id  uuid        not null,
    from_group_id   uuid,
    to_branch_id    uuid        not null,
    to_group_id     uuid,
    transferred_on  date        not null,
    reason          text,
    recorded_by     uuid,
    recorded_at     timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references members (tenant_id, id),
    foreign key (tenant_id, from_branch_id) references orgs (tenant_id, id),
    foreign key (tenant_id, to_branch_id) references orgs (tenant_id, id)
);

create index member_transfers_member_idx on member_transfers (tenant_id, member_id, transferred_on);

alter table member_transfers enable row level security;
create policy tenant_isolation on member_transfers
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update on members to ${appRole};
grant select, insert on member_transfers to ${appRole};
