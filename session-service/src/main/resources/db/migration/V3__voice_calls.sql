-- Voice sessions: the phone call between the agent and the customer that session-service (or an
-- external dialler) sets up. Null on the chat channel.
alter table callback_session
    add column call_state      text,
    add column call_order      text,
    add column agent_phone     text,
    add column customer_phone  text,
    -- Set and committed before the first INVITE: an attempt that started is never dialled again.
    add column dial_started_at timestamptz,
    add column connected_at    timestamptz;

-- A callback is performed by at most one live session at a time, being dialled or connected.
drop index callback_session_one_live_per_callback;
create unique index callback_session_one_live_per_callback on callback_session (callback_id)
    where status in ('CONNECTING', 'CONNECTED');
create index callback_session_live_calls on callback_session (started_at)
    where status in ('CONNECTING', 'CONNECTED') and call_state is not null;
