-- A prompt may answer a request for a time or an agent ("Can Maria call me tomorrow at 10?"), and may
-- be offered again when the slot the customer chose filled before it could be booked.

alter table callback_offer
    -- what the bot understood the customer asked for: a time (a moment, or a span) and an agent id
    add column requested_from  timestamptz,
    add column requested_to    timestamptz,
    add column requested_agent text,
    -- what the prompt offered: the best match among its slots, and the agent whose own slots they are
    add column suggested_slot  timestamptz,
    add column preferred_agent text,
    -- what the accepted answer chose
    add column chosen_slot     timestamptz,
    add column chosen_agent    text,
    -- a prompt offered because the slot of this callback filled (CallbackRejected, slot-full) ...
    add column follows_callback_id uuid,
    -- ... and, on the prompt that callback came from, when that new prompt was offered (once)
    add column reoffered_at    timestamptz;

create index callback_offer_by_callback on callback_offer (callback_id) where callback_id is not null;
