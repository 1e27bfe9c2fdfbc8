-- A customer's cancellation travels on the chat topic, the request it cancels through the bot on
-- another, so the cancellation can arrive first. Both upsert this row: the primary key makes the
-- later of the two wait for the earlier to commit, and then see that it came, so neither is lost.
create table callback_arrival (
    callback_id  uuid    primary key,
    requested    boolean not null default false,
    cancelled    boolean not null default false
);
