-- What the bot knows of the callback an accepted prompt asked for, so that it can cancel or move it
-- when the customer says so in the chat.

alter table callback_offer
    -- callback-service rejected that callback (CallbackRejected, any code): there is none to change
    add column callback_rejected_at      timestamptz,
    -- the customer told the bot to cancel it (CallbackChangeRequested without a slot)
    add column cancellation_requested_at timestamptz;
