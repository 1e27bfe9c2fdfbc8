-- How each attempt ended (COMPLETED, NO_ANSWER, BUSY, DECLINED, INVALID_NUMBER, FAILED); null while
-- the session is connected. Sessions recorded before outcomes existed ended as their status says.
alter table callback_session add column outcome text;
update callback_session set outcome = status where status in ('COMPLETED', 'FAILED');

-- On the chat channel: the customer must reply by then, or the attempt ends with NO_ANSWER. A durable
-- timer, claimed FOR UPDATE SKIP LOCKED; cleared by the customer's first message in the session.
alter table callback_session add column reply_due_at timestamptz;
create index callback_session_reply_due on callback_session (reply_due_at)
    where status = 'CONNECTED' and reply_due_at is not null;
