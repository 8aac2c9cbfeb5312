-- A link concerns two tenants, and each keeps its own audit log: a change made by one side is also recorded in the
-- other's log, at the other side's node of the link (its upper org, or its lower root), with the same actor, action
-- and states. Runs as the owner (row-level security would hide the other tenant) on purpose, and only for a link the
-- bound tenant is a side of: it writes nothing else, anywhere else.
create function audit_link_change_for_other_side(p_link uuid, p_actor uuid, p_action text, p_before jsonb, p_after jsonb)
    returns void
    language plpgsql security definer set search_path = public
as $$
declare
    v_tenant uuid;
    v_org uuid;
begin
    select case when l.upper_tenant_id = app_tenant_id() then l.lower_tenant_id else l.upper_tenant_id end,
           case when l.upper_tenant_id = app_tenant_id() then l.lower_root_id else l.upper_org_id end
    into v_tenant, v_org
    from tenant_links l
    where l.id = p_link and app_tenant_id() in (l.upper_tenant_id, l.lower_tenant_id);
    if v_tenant is null then
        raise exception 'link % is not a link of the bound tenant', p_link;
    end if;
    insert into audit_log (tenant_id, id, actor_id, action, entity_type, entity_id, org_path, before, after)
    select v_tenant, gen_random_uuid(), p_actor, p_action, 'TENANT_LINK', p_link, o.path, p_before, p_after
    from orgs o where o.tenant_id = v_tenant and o.id = v_org;
end
$$;

revoke all on function audit_link_change_for_other_side(uuid, uuid, text, jsonb, jsonb) from public;
grant execute on function audit_link_change_for_other_side(uuid, uuid, text, jsonb, jsonb) to ${appRole};
