-- Callbacks whose customer's data is erased: an event about one still on its way (a CallbackDue
-- published before callback-service erased it) must not bring the customer back into the queue.
-- Each is kept as the SHA-256 of its id, which tells an event's callback apart from the others and
-- names no callback itself.
create table erased_callback (
    callback_digest bytea primary key
);
