-- Why this service decided what it did, for administrators: every slot booked or refused, every
-- callback held back for inbound customers, every agent chosen. Append-only; read newest first.
create table decision (
    id          bigserial primary key,
    decided_at  timestamptz not null,
    kind        text        not null check (kind in ('SLOT_BOOKED', 'SLOT_REFUSED', 'HELD_BACK', 'AGENT_CHOSEN')),
    callback_id uuid,
    queue       text,
    agent_id    text,
    reason      text        not null
);
create index decision_newest_first on decision (decided_at desc, id desc);
create index decision_by_callback on decision (callback_id, id);

-- Why the agent of an offer was chosen, in words, shown to them with the offer.
alter table offer add column selection_reason text;

-- A due callback held back while inbound customers wait keeps its place (enqueued_at is untouched);
-- held_back_since marks the hold, so it is recorded once and cleared when it ends.
alter table queued_callback add column held_back_since timestamptz;
alter table queued_callback add column held_back_reason text;
