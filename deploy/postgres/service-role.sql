-- One service's database role (psql variables: role, password). It logs in, owns the schema of the
-- same name, so that its Flyway history and tables are its own, and may read another service's data
-- only where that service granted reachback_views, i.e. the shared queue status views, and use the
-- keys personal data is sealed with (reachback_keyring). Run once per service, as a superuser, after
-- views-reader.sql and keyring.sql.
create role :"role" login password :'password' in role reachback_views, reachback_keyring;
create schema :"role" authorization :"role";
