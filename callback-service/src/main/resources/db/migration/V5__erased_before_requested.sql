-- An erasure of a callback whose request has not arrived yet (intent-service knew the callback id,
-- this service had not yet read the request from the bot topic) keeps the callback's rendezvous row,
-- marked erased, so that the request is not recorded when it comes and nobody calls the number. The
-- row holds the callback id only; a callback whose request had arrived keeps no row once erased.
alter table callback_arrival add column erased boolean not null default false;
