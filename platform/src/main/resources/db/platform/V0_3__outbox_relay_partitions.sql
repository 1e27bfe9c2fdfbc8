-- The outbox relay's partitions, so that several instances of a service share the relaying
-- without one aggregate's events ever going out of order: every event of one aggregate (one topic
-- and message key) falls in the same partition, and a relay sends a partition's rows only while it
-- holds that partition's advisory lock (see OutboxRelay). 16 partitions let up to 16 relays work at
-- once. Changing the count moves aggregates between partitions: do it only with the outbox empty.
alter table outbox_event
    add column relay_partition smallint not null
        generated always as (abs(hashtextextended(topic || ' ' || message_key, 0) % 16)) stored;

create index outbox_event_by_partition on outbox_event (relay_partition, id);
