#!/usr/bin/env bash
# Creates Xianfeng's two database roles and its database on a local PostgreSQL, if missing.
#   xianfeng_owner  owns the schema; Flyway migrates as this role.
#   xianfeng_app    the application's role: no ownership, no BYPASSRLS, so row-level security applies.
# Usage: ensure-database.sh [database-name]   (admin connection from PGADMIN_URL, default local superuser)
set -euo pipefail

db="${1:-xianfeng}"
admin="${PGADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"

psql "$admin" -q -v ON_ERROR_STOP=1 <<'SQL'
do $$
begin
    if not exists (select from pg_roles where rolname = 'xianfeng_owner') then
        create role xianfeng_owner login password 'xianfeng_owner';
    end if;
    if not exists (select from pg_roles where rolname = 'xianfeng_app') then
        create role xianfeng_app login password 'xianfeng_app' nosuperuser nobypassrls;
    end if;
end
$$;
SQL

if [ -z "$(psql "$admin" -tAc "select 1 from pg_database where datname = '$db'")" ]; then
    psql "$admin" -q -v ON_ERROR_STOP=1 -c "create database \"$db\" owner xianfeng_owner"
fi
