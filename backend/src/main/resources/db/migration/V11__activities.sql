-- Branch activities (三会一课, 主题党日, 组织生活会…) and their attendance. Finalising the attendance writes
-- ledger entries through the scheme's attendance items; a later change of attendance writes corrections.

create table activities (
    tenant_id          uuid        not null references tenants (id),
    id                 uuid        not null,
    org_id             uuid        not null,
    branch_id          uuid        not null,
    kind               text        not null check (kind in ('BRANCH_MEETING', 'COMMITTEE_MEETING', 'GROUP_MEETING', 'PARTY_LECTURE',
                                       'THEME_DAY', 'LIFE_MEETING', 'STUDY', 'VOLUNTEER', 'OTHER')),
    title              text        not null,
    held_on            date        not null,
    location           text,
    status             text        not null check (status in ('SCHEDULED', 'FINALISED')),
    finalised_at       timestamptz,
    finalised_by       uuid,
    created_by         uuid        not null,
    created_at         timestamptz not null default now(),
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, org_id) references orgs (tenant_id, id),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id)
);

create index activities_branch_idx on activities (tenant_id, branch_id, held_on);

create table activity_participants (
    tenant_id    uuid    not null references tenants (id),
    activity_id  uuid    not null,
    member_id    uuid    not null,
    attendance   text    check (attendance in ('PRESENT', 'LEAVE', 'ABSENT', 'LATE', 'LEFT_EARLY')),
    host         boolean not null default false,
    minutes      boolean not null default false,
    primary key (tenant_id, activity_id, member_id),
    foreign key (tenant_id, activity_id) references activities (tenant_id, id),
    foreign key (tenant_id, member_id) references members (tenant_id, id)
);

alter table activities enable row level security;
create policy tenant_isolation on activities
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table activity_participants enable row level security;
create policy tenant_isolation on activity_participants
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update on activities to ${appRole};
grant select, insert, update, delete on activity_participants to ${appRole};
