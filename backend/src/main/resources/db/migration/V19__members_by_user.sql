-- Every signed-in request looks up the caller's own member record (in the tenant bound, and across tenants when
-- binding one): by user, not by scanning the tenant's members.
create index members_user_idx on members (user_id) where user_id is not null;
