-- A branch's month stops taking new entries when its committee approves it. An entry written at the same moment must
-- not slip past the approval's count of what is left to review: each writer holds the month's lock shared from its
-- check until it commits, and the approval holds it exclusively before it counts, so each waits for the other.

create function month_lock_key(p_tenant uuid, p_branch uuid, p_month date) returns integer
    language sql immutable
as $$ select hashtext(p_tenant::text || p_branch::text || p_month::text) $$;

-- Whether the month still takes new entries, holding its lock shared until the transaction ends. Volatile, so that
-- its query takes a snapshot after the lock is granted and sees an approval that committed while it waited.
create function month_open_for_entries(p_tenant uuid, p_branch uuid, p_month date) returns boolean
    language plpgsql volatile
as $$
begin
    perform pg_advisory_xact_lock_shared(20, month_lock_key(p_tenant, p_branch, p_month));
    return not exists (select 1 from periods
                       where tenant_id = p_tenant and branch_id = p_branch and month = p_month and status <> 'REOPENED');
end
$$;

-- Taken by the approval before it counts: waits for the entries being written to commit, and holds new ones off.
create function lock_month_for_closing(p_tenant uuid, p_branch uuid, p_month date) returns void
    language sql volatile
as $$ select pg_advisory_xact_lock(20, month_lock_key(p_tenant, p_branch, p_month)) $$;
