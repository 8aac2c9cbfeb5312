-- Members sign in as themselves. Before a tenant is bound to the request, a user sees their own member rows in
-- every tenant (as with role_assignments), so that the tenants they act in can be found.
create policy own_member_rows on members for select
    using (user_id = app_user_id());
