-- Erasures of customers' personal data (POST /api/admin/v1/erasures, and the retention job) and
-- each service's confirmation that it deleted its rows. Ids and counts only: no personal data.
create table erasure (
    id           uuid        primary key,
    -- REQUESTED (an administrator) or RETENTION
    reason       text        not null,
    requested_at timestamptz not null,
    -- how many chats and callbacks were found and erased
    chats        int         not null,
    callbacks    int         not null
);

create table erasure_confirmation (
    erasure_id uuid        not null references erasure,
    -- intent-service (at once, in the erasure's transaction), chatbot-service, callback-service,
    -- interaction-manager, session-service
    service    text        not null,
    -- rows the service deleted
    records    int         not null,
    erased_at  timestamptz not null,
    primary key (erasure_id, service)
);

-- Finding a number's chats: a chat keeps the number as the customer typed it, so the candidates are
-- the chats whose number ends in the same four digits, each then read as the chat read it.
create index chat_phone_tail on chat (right(regexp_replace(customer_phone, '[^0-9]', '', 'g'), 4))
    where customer_phone is not null;
create index callback_view_phone on callback_view (phone);
create index callback_request_chat on callback_request (chat_id);
-- The retention job's oldest chats first.
create index chat_last_activity on chat (last_activity_at);
