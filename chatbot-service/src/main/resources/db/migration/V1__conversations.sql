-- chatbot-service's own state per chat: who is chatting with which bot, what was said, where a
-- flow waits, every decision the capability check took and every callback offer with its outcome.

create table chat (
    chat_id            uuid primary key,
    brand              text        not null,
    bot                text        not null,
    customer_name      text,
    customer_phone     text,
    customer_time_zone text,
    customer_locale    text,
    started_at         timestamptz not null
);

-- The chat as the bot saw it, in order: customer messages to the bot and the bot's replies.
create table transcript_line (
    id      bigserial primary key,
    chat_id uuid        not null references chat,
    at      timestamptz not null,
    speaker text        not null,
    name    text,
    text    text        not null
);
create index transcript_line_by_chat on transcript_line (chat_id, id);

-- A flow waiting for the customer's next message (at most one per chat).
create table flow_state (
    chat_id    uuid primary key references chat,
    bot        text        not null,
    intent     text        not null,
    next_step  int         not null,
    awaiting   text        not null,
    variables  jsonb       not null,
    updated_at timestamptz not null
);

-- A callback prompt the bot showed, and what the customer made of it.
create table callback_offer (
    prompt_id              uuid primary key,
    chat_id                uuid        not null references chat,
    message_id             uuid,
    brand                  text        not null,
    bot                    text        not null,
    queue                  text        not null,
    intent                 text,
    reason                 text        not null,
    reason_detail          text        not null,
    estimated_wait_seconds int,
    slots                  jsonb       not null,
    offered_at             timestamptz not null,
    outcome                text        not null default 'OPEN' check (outcome in ('OPEN', 'ACCEPTED', 'DECLINED')),
    chosen_option          text,
    callback_id            uuid,
    answered_at            timestamptz
);
create index callback_offer_by_chat on callback_offer (chat_id);
create index callback_offer_by_bot on callback_offer (brand, bot);

-- Why the bot answered a message or offered a callback: the record operations read.
create table bot_decision (
    id         bigserial primary key,
    chat_id    uuid        not null references chat,
    message_id uuid,
    brand      text        not null,
    bot        text        not null,
    intent     text,
    confidence double precision,
    outcome    text        not null check (outcome in ('ANSWERED', 'OFFERED')),
    reason     text,
    detail     text        not null,
    prompt_id  uuid,
    decided_at timestamptz not null
);
create index bot_decision_by_chat on bot_decision (chat_id, id);
create index bot_decision_by_bot on bot_decision (brand, bot);
