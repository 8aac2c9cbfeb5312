-- Runs once when the compose database is created: the application's role, which owns nothing and cannot
-- bypass row-level security. (The schema owner is POSTGRES_USER; Flyway migrates as it.)
create role xianfeng_app login password 'xianfeng_app' nosuperuser nobypassrls;
