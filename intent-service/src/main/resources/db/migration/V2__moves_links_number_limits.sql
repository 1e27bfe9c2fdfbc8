-- The queue that would serve a prompt's callback: the slots a customer may browse are that queue's.
alter table prompt add column queue text;

-- A move the customer asked for that callback-service has not answered yet (booked or refused).
alter table callback_view add column requested_slot timestamptz;

-- The callback whose attempt brought the agent into the chat: when that attempt ends without a
-- conversation (no answer, retry, expiry), the agent has left the chat.
alter table chat add column agent_callback_id uuid;

-- Every callback a customer asked for, per phone number and brand: at most one open callback per
-- number and brand, and a limit on requests per number per day. Only the SHA-256 hash of the E.164
-- number is kept here. Rows are written, and checked, under a transaction-level advisory lock per
-- number and brand, in the transaction that records the request.
create table callback_request (
    callback_id  uuid        primary key,
    phone_hash   bytea       not null,
    brand        text        not null,
    chat_id      uuid        not null,
    requested_at timestamptz not null
);
create index callback_request_by_number on callback_request (phone_hash, brand, requested_at desc);
