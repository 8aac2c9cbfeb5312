-- Linking tenants (domain.md §1): an upper committee issues an invitation code at one of its nodes; a lower
-- tenant's admin asks to link its root there; the upper side accepts or declines; either side can unlink.
-- The upper side then sees the lower tree's shape and counts, never personal data.

create table link_invitations (
    tenant_id   uuid        not null references tenants (id),
    id          uuid        not null,
    org_id      uuid        not null,
    -- Only a hash of the code is kept; the last characters let people tell their codes apart.
    code_hash   text        not null,
    code_hint   text        not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    created_by  uuid,
    created_at  timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, org_id) references orgs (tenant_id, id)
);

create unique index link_invitations_code_key on link_invitations (code_hash);
create index link_invitations_org_idx on link_invitations (tenant_id, org_id);

alter table link_invitations enable row level security;
create policy tenant_isolation on link_invitations
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

-- A link belongs to two tenants: each side reads and updates it; only the lower side creates it (the request).
create table tenant_links (
    id                uuid        not null primary key,
    upper_tenant_id   uuid        not null references tenants (id),
    upper_org_id      uuid        not null,
    lower_tenant_id   uuid        not null references tenants (id),
    lower_root_id     uuid        not null,
    invitation_id     uuid        not null,
    -- Names as they were when the link was requested: each side may not read the other's tables.
    upper_tenant_name text        not null,
    upper_org_name    text        not null,
    lower_tenant_name text        not null,
    lower_root_name   text        not null,
    status            text        not null check (status in ('REQUESTED', 'ACTIVE', 'DECLINED', 'CANCELLED', 'UNLINKED')),
    note              text,
    requested_by      uuid,
    requested_at      timestamptz not null default now(),
    decided_by        uuid,
    decided_at        timestamptz,
    ended_by          uuid,
    ended_by_side     text        check (ended_by_side in ('UPPER', 'LOWER')),
    ended_at          timestamptz,
    version           bigint      not null default 0,
    foreign key (upper_tenant_id, upper_org_id) references orgs (tenant_id, id),
    foreign key (lower_tenant_id, lower_root_id) references orgs (tenant_id, id),
    foreign key (upper_tenant_id, invitation_id) references link_invitations (tenant_id, id),
    check (upper_tenant_id <> lower_tenant_id)
);

-- A tenant has at most one upper committee, linked or asked.
create unique index tenant_links_one_upper on tenant_links (lower_tenant_id) where status in ('REQUESTED', 'ACTIVE');
create index tenant_links_upper_idx on tenant_links (upper_tenant_id, upper_org_id);

alter table tenant_links enable row level security;
create policy both_sides_read on tenant_links for select
    using (app_tenant_id() in (upper_tenant_id, lower_tenant_id));
create policy lower_side_requests on tenant_links for insert
    with check (lower_tenant_id = app_tenant_id());
create policy both_sides_update on tenant_links for update
    using (app_tenant_id() in (upper_tenant_id, lower_tenant_id))
    with check (app_tenant_id() in (upper_tenant_id, lower_tenant_id));

grant select, insert, update on link_invitations to ${appRole};
grant select, insert, update on tenant_links to ${appRole};

-- The lower side finds an invitation of another tenant by its code, and nothing else of that tenant: its
-- names, the node's type and whether it is open. Runs as the owner (no RLS) on purpose; callers hash the code.
create function link_invitation_by_code(p_code_hash text)
    returns table (invitation_id uuid, tenant_id uuid, tenant_name text, org_id uuid, org_name text, org_type text)
    language sql stable security definer set search_path = public
    as $$
        select i.id, i.tenant_id, t.name, o.id, o.name, o.type
        from link_invitations i
        join tenants t on t.id = i.tenant_id
        join orgs o on o.tenant_id = i.tenant_id and o.id = i.org_id and o.closed_at is null
        where i.code_hash = p_code_hash and i.revoked_at is null and i.expires_at > now()
    $$;

-- The tenants above the given one through active links, nearest first: a link must not make a cycle.
create function tenants_above(p_tenant uuid)
    returns table (tenant_id uuid)
    language sql stable security definer set search_path = public
    as $$
        with recursive chain (tenant_id, depth) as (
            select upper_tenant_id, 1 from tenant_links where lower_tenant_id = p_tenant and status = 'ACTIVE'
            union
            select l.upper_tenant_id, c.depth + 1 from tenant_links l join chain c on l.lower_tenant_id = c.tenant_id
            where l.status = 'ACTIVE' and c.depth < 50
        )
        select tenant_id from chain order by depth
    $$;

-- The shape of a linked lower tree and its member counts per node, for the upper side of an active link only:
-- node names and types, and numbers; no member is named.
create function linked_tree(p_link uuid)
    returns table (org_id uuid, parent_id uuid, org_type text, org_name text, full_members bigint,
                   probationary_members bigint, activists bigint)
    language sql stable security definer set search_path = public
    as $$
        select o.id, o.parent_id, o.type, o.name,
               count(m.id) filter (where m.status = 'FULL'),
               count(m.id) filter (where m.status = 'PROBATIONARY'),
               count(m.id) filter (where m.status = 'ACTIVIST')
        from tenant_links l
        join orgs r on r.tenant_id = l.lower_tenant_id and r.id = l.lower_root_id
        join orgs o on o.tenant_id = r.tenant_id and o.path <@ r.path and o.closed_at is null
        left join members m on m.tenant_id = o.tenant_id and (m.branch_id = o.id)
        where l.id = p_link and l.status = 'ACTIVE' and l.upper_tenant_id = app_tenant_id()
        group by o.id, o.parent_id, o.type, o.name, o.path, o.sort_order
        order by o.path, o.sort_order, o.name
    $$;

revoke all on function link_invitation_by_code(text), tenants_above(uuid), linked_tree(uuid) from public;
grant execute on function link_invitation_by_code(text), tenants_above(uuid), linked_tree(uuid) to ${appRole};
