-- One service's database role (psql variables: role, password). It logs in, owns the schema of the
-- same name, so that its Flyway history and tables are its own, and may read another service's data
-- only where that service granted reachback_views, i.e. the shared queue status views. Run once per
-- service, as a superuser, after views-reader.sql.
create role :"role" login password :'password' in role reachback_views;
create schema :"role" authorization :"role";
