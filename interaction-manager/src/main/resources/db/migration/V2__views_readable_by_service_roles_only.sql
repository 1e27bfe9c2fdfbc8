-- The two shared views are readable by the services' roles (members of reachback_views, created
-- with each service role) and by nobody else; no role but this service's own may change anything in
-- this schema. Until now they were granted to public, which meant nothing while every service
-- connected as the same user.
revoke select on queue_status_view, callback_availability_view from public;
revoke usage on schema ${flyway:defaultSchema} from public;
grant usage on schema ${flyway:defaultSchema} to reachback_views;
grant select on queue_status_view, callback_availability_view to reachback_views;
