-- The group role whose members may read interaction-manager's shared views (and nothing else of
-- interaction-manager's schema); every service role is a member. Run once per cluster, as a superuser.
create role reachback_views nologin;
