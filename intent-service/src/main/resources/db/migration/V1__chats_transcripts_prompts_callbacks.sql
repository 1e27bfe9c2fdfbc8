-- Chats opened from a brand's widget. Only the SHA-256 hash of a chat's bearer token is kept.
create table chat (
    chat_id            uuid        primary key,
    brand              text        not null,
    bot                text        not null,
    token_hash         bytea       not null,
    customer_name      text,
    customer_phone     text,
    customer_time_zone text,
    customer_locale    text,
    -- the chat session of the agent currently in the chat, if any
    agent_session_id   uuid,
    agent_name         text,
    started_at         timestamptz not null,
    last_activity_at   timestamptz not null,
    -- the sequence number of the chat's last transcript entry; incremented under the row lock
    last_seq           bigint      not null default 0
);
create index chat_brand_activity on chat (brand, last_activity_at);

-- Everything said or shown in a chat, in order; the source of truth for the event stream.
create table transcript_entry (
    chat_id  uuid        not null references chat,
    seq      bigint      not null,
    at       timestamptz not null,
    kind     text        not null,
    speaker  text        not null,
    name     text,
    text     text,
    prompt   jsonb,
    callback jsonb,
    primary key (chat_id, seq)
);

-- Callback prompts a bot offered in a chat, and the customer's answer.
create table prompt (
    prompt_id       uuid        primary key,
    chat_id         uuid        not null references chat,
    bot             text        not null,
    options         text        not null,
    slots           jsonb       not null,
    offered_at      timestamptz not null,
    answered_option text,
    answered_slot   timestamptz,
    callback_id     uuid,
    answered_at     timestamptz
);
create index prompt_chat on prompt (chat_id);

-- The customer's view of their callbacks, projected from the callback topic.
create table callback_view (
    callback_id               uuid        primary key,
    chat_id                   uuid        not null,
    status                    text        not null,
    phone                     text,
    queue                     text,
    due_at                    timestamptz,
    as_soon_as_possible       boolean,
    preferred_agent           text,
    agent_name                text,
    problem                   text,
    cancellation_requested_at timestamptz,
    updated_at                timestamptz not null
);
create index callback_view_chat on callback_view (chat_id);
