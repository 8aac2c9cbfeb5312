-- In-app notifications (the monthly cycle's: a declaration reviewed, publicity opened, an objection answered, an
-- alert raised), one row per person; e-mail goes out as well where the person has an address and SMTP is set.

create table notifications (
    tenant_id   uuid        not null references tenants (id),
    id          uuid        not null,
    user_id     uuid        not null references users (id),
    kind        text        not null,
    title       text        not null,
    body        text        not null,
    link        text,
    created_at  timestamptz not null default now(),
    read_at     timestamptz,
    primary key (tenant_id, id)
);

create index notifications_user_idx on notifications (tenant_id, user_id, created_at desc);

alter table notifications enable row level security;
create policy tenant_isolation on notifications
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update on notifications to ${appRole};
