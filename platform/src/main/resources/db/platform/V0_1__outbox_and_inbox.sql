-- Messaging tables every service keeps in its own schema.

-- Transactional outbox: events are written in the same transaction as the business change and
-- published to Kafka by the relay afterwards, in insertion order.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    message_key   text        not null,
    event_type    text        not null,
    event_version int         not null,
    payload       text        not null,
    created_at    timestamptz not null default now()
);

-- Idempotent consumers: one row per (consumer, event) processed, written with the side effect.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
