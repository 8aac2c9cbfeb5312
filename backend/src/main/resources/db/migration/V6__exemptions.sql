-- Exemption from points management (不纳入积分管理, domain.md §2): an application for one member, then the
-- branch committee's review, the member meeting's approval, publicity and, where required, the upper
-- committee's approval. Every step is a row of its own, so the approval form shows each opinion and date.

create table exemptions (
    tenant_id                uuid        not null references tenants (id),
    id                       uuid        not null,
    member_id                uuid        not null,
    -- The member's branch when they applied: it decides who handles the application.
    branch_id                uuid        not null,
    reason                   text        not null check (reason in ('RECENTLY_JOINED', 'ELDERLY_OR_ILL',
                                                                    'LONG_ABSENT_FLOATING', 'OTHER')),
    details                  text,
    effective_from           date        not null,
    effective_to             date,
    upper_approval_required  boolean     not null,
    status                   text        not null check (status in ('AWAITING_COMMITTEE_REVIEW',
                                 'AWAITING_MEETING_APPROVAL', 'AWAITING_PUBLICITY', 'IN_PUBLICITY',
                                 'AWAITING_UPPER_APPROVAL', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    publicity_from           date,
    publicity_to             date,
    applied_on               date        not null,
    applied_by               uuid,
    created_at               timestamptz not null default now(),
    version                  bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references members (tenant_id, id),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id),
    check (effective_to is null or effective_to >= effective_from),
    check (publicity_to is null or publicity_to >= publicity_from)
);

create index exemptions_member_idx on exemptions (tenant_id, member_id);
create index exemptions_branch_idx on exemptions (tenant_id, branch_id, status);

alter table exemptions enable row level security;
create policy tenant_isolation on exemptions
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

create table exemption_steps (
    tenant_id     uuid        not null references tenants (id),
    id            uuid        not null,
    exemption_id  uuid        not null,
    step          text        not null check (step in ('APPLIED', 'COMMITTEE_REVIEW', 'MEETING_APPROVAL',
                                  'PUBLICITY_OPENED', 'PUBLICITY_CLOSED', 'UPPER_APPROVAL', 'WITHDRAWN', 'ENDED')),
    approved      boolean,
    decided_on    date        not null,
    note          text,
    acted_by      uuid,
    acted_at      timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, exemption_id) references exemptions (tenant_id, id)
);

create index exemption_steps_exemption_idx on exemption_steps (tenant_id, exemption_id, acted_at);

alter table exemption_steps enable row level security;
create policy tenant_isolation on exemption_steps
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update on exemptions to ${appRole};
-- The steps are the application's history: written once, never changed.
grant select, insert on exemption_steps to ${appRole};
