-- "The declaration window is closing" reminders: one per branch and month, however many replicas run the job.

create table declaration_reminders (
    tenant_id  uuid        not null references tenants (id),
    branch_id  uuid        not null,
    month      date        not null,
    deadline   date        not null,
    sent_at    timestamptz not null default now(),
    primary key (tenant_id, branch_id, month),
    foreign key (tenant_id, branch_id) references orgs (tenant_id, id)
);

alter table declaration_reminders enable row level security;
create policy tenant_isolation on declaration_reminders
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert on declaration_reminders to ${appRole};

-- The job looks across tenants for those with members who sign in; the rest of its work is done inside each
-- tenant, under row-level security.
create function tenants_with_member_accounts()
    returns table (tenant_id uuid)
    language sql stable security definer set search_path = public
as $$
    select distinct m.tenant_id from members m where m.user_id is not null
$$;

revoke all on function tenants_with_member_accounts() from public;
grant execute on function tenants_with_member_accounts() to ${appRole};
