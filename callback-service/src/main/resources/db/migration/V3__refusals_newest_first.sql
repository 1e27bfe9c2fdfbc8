-- /actuator/callbacks shows the latest refusals (requests rejected, transitions refused), newest
-- first, and the admin dashboard reads it every few seconds: walk only those rows, backwards.
create index callback_transition_refusals_newest_first on callback_transition (id desc)
    where not applied or to_status = 'REJECTED';
