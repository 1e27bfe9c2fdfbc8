-- The booking protocol and retries: the time the customer was promised (retries and the calling
-- window move due_at, not this; the overall expiry counts from it), and the slot asked of
-- interaction-manager and not yet booked or refused (a move keeps the old booking meanwhile).

alter table callback add column booked_for timestamptz;
alter table callback add column pending_slot timestamptz;

update callback set booked_for = due_at where booked_for is null and due_at is not null;
