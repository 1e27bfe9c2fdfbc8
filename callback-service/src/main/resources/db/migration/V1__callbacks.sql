-- Callbacks and their history. Status and timing live here, so the durable timer survives restarts.

create table callback (
    id              uuid        primary key,
    chat_id         uuid        not null,
    status          text        not null,
    queue           text,
    phone           text,
    due_at          timestamptz,
    asap            boolean     not null,
    preferred_agent text,
    context         jsonb,
    attempt         int         not null default 0,
    agent_id        text,
    agent_name      text,
    session_id      uuid,
    problem         text,
    requested_at    timestamptz not null,
    updated_at      timestamptz not null
);

-- What the timer polls: callbacks to make due, and due callbacks that may expire.
create index callback_scheduled_by_due on callback (due_at) where status = 'SCHEDULED';
create index callback_waiting_by_due on callback (due_at) where status = 'DUE';
create index callback_by_status_and_update on callback (status, updated_at desc);

-- Every transition, applied or refused (applied = false: the status did not change), in order.
create table callback_transition (
    id          bigserial   primary key,
    callback_id uuid        not null references callback (id),
    from_status text,
    to_status   text        not null,
    at          timestamptz not null,
    applied     boolean     not null,
    reason      text        not null
);

create index callback_transition_by_callback on callback_transition (callback_id, id);
