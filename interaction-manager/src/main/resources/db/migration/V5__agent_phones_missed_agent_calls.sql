-- The agent's phone as a SIP URI from the roster, which a voice callback rings first; null for an
-- agent without one (and for agents only a platform reported).
alter table agent add column phone text;

-- CALL_MISSED: the agent accepted a voice callback but their phone did not take the call (no
-- answer, busy or declined); the callback waits again for the next agent.
alter table offer drop constraint offer_status_check;
alter table offer add constraint offer_status_check
    check (status in ('OPEN', 'ACCEPTED', 'COMPLETED', 'DECLINED', 'TIMED_OUT', 'WITHDRAWN', 'CALL_MISSED'));
