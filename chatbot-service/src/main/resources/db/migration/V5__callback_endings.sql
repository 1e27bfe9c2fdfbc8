-- How the callback an accepted prompt asked for ended, so that the bot answers "cancel my callback"
-- or "move my callback" truthfully once it is over, instead of asking callback-service for a change
-- that can no longer happen.

alter table callback_offer
    -- the first of CallbackCompleted, CallbackCancelled, CallbackFailed, CallbackExpired for that callback
    add column callback_ending   text check (callback_ending in ('COMPLETED', 'CANCELLED', 'FAILED', 'EXPIRED')),
    -- when callback-service said it ended (the event's occurredAt)
    add column callback_ended_at timestamptz,
    add constraint callback_offer_ending_complete check ((callback_ending is null) = (callback_ended_at is null));
