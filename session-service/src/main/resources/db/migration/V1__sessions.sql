-- One row per attempt to perform a callback with an assigned agent.
create table callback_session (
    id             uuid        primary key,
    callback_id    uuid        not null,
    -- An offer is accepted once, so it is performed once: a redelivered or repeated assignment of
    -- the same offer never opens a second session ("never dialling the same attempt twice").
    offer_id       uuid        not null unique,
    chat_id        uuid,
    channel        text,
    status         text        not null,
    failure_reason text,
    agent_id       text        not null,
    agent_name     text,
    -- The callback's context as the bot handed it over (customer, phone, intent, reason, transcript).
    context        jsonb,
    started_at     timestamptz not null,
    ended_at       timestamptz
);

-- A callback is performed by at most one live session at a time.
create unique index callback_session_one_live_per_callback on callback_session (callback_id)
    where status = 'CONNECTED';
create index callback_session_live_by_chat on callback_session (chat_id) where status = 'CONNECTED';
create index callback_session_by_agent on callback_session (agent_id, started_at desc);

-- What agent and customer said during a session, numbered per session in the order it was recorded.
create table session_line (
    session_id uuid        not null references callback_session (id),
    seq        int         not null,
    message_id uuid        not null,
    at         timestamptz not null,
    speaker    text        not null,
    name       text,
    text       text        not null,
    primary key (session_id, seq),
    unique (session_id, message_id)
);
