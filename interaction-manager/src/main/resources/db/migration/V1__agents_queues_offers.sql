-- interaction-manager: agents, platform queue traffic, the virtual queue of due callbacks, offers,
-- and the two read models other services may query (queue_status_view, callback_availability_view).

-- Agents from the configured roster or first seen in a platform's events. state_changed_at is the
-- occurredAt of the last applied AgentStateChanged, so older events never regress the state.
create table agent (
    id               text primary key,
    name             text        not null,
    skills           text[]      not null default '{}',
    state            text        not null default 'OFFLINE',
    state_source     text,
    state_changed_at timestamptz,
    available_since  timestamptz,
    rostered         boolean     not null default false,
    created_at       timestamptz not null default now()
);

-- Calls and chats waiting in a contact-centre platform's queues, one row per interaction so that
-- repeated or reordered events count once.
create table platform_interaction (
    interaction_id uuid primary key,
    queue          text        not null,
    status         text        not null check (status in ('WAITING', 'ANSWERED', 'ABANDONED')),
    agent_id       text,
    changed_at     timestamptz not null
);
create index platform_interaction_queue_status on platform_interaction (queue, status);

-- The virtual queue: due callbacks waiting for, offered to, or assigned to an agent.
create table queued_callback (
    callback_id     uuid primary key,
    chat_id         uuid,
    queue           text        not null,
    preferred_agent text,
    attempt         int         not null,
    context         jsonb       not null,
    enqueued_at     timestamptz not null,
    status          text        not null check (status in ('WAITING', 'OFFERED', 'ASSIGNED', 'DONE', 'WITHDRAWN')),
    closed_at       timestamptz
);
create index queued_callback_waiting on queued_callback (enqueued_at, callback_id) where status = 'WAITING';

-- Offers of a callback to an agent. OPEN = reserved and offered; ACCEPTED = the agent works on it.
create table offer (
    id          uuid primary key,
    callback_id uuid        not null,
    agent_id    text        not null,
    status      text        not null check (status in ('OPEN', 'ACCEPTED', 'COMPLETED', 'DECLINED', 'TIMED_OUT', 'WITHDRAWN')),
    offered_at  timestamptz not null,
    expires_at  timestamptz not null,
    ended_at    timestamptz
);
-- Never two callbacks on one agent, and never one callback on two agents, whatever the concurrency.
create unique index offer_one_per_agent on offer (agent_id) where status in ('OPEN', 'ACCEPTED');
create unique index offer_one_per_callback on offer (callback_id) where status in ('OPEN', 'ACCEPTED');
create index offer_by_callback on offer (callback_id);
create index offer_open_expiry on offer (expires_at) where status = 'OPEN';

-- Queue status, recomputed on every change and every minute.
create table queue_status (
    queue                  text primary key,
    agents_staffed         int         not null,
    agents_available       int         not null,
    interactions_waiting   int         not null,
    interactions_answered  int         not null,
    interactions_abandoned int         not null,
    callbacks_pending      int         not null,
    estimated_wait_seconds int,
    updated_at             timestamptz not null
);

-- Scheduled (not as-soon-as-possible) callbacks booked into a slot.
create table callback_booking (
    callback_id uuid primary key,
    queue       text        not null,
    due_at      timestamptz not null
);
create index callback_booking_queue_due on callback_booking (queue, due_at);

-- Slots inside business hours for the horizon with their capacity, regenerated on changes and every minute.
create table callback_slot (
    queue      text        not null,
    slot_start timestamptz not null,
    slot_end   timestamptz not null,
    capacity   int         not null,
    primary key (queue, slot_start)
);

-- The shared read models: the contract other services rely on. Change only additively.
create view queue_status_view as
select queue, agents_staffed, agents_available, interactions_waiting, callbacks_pending,
       estimated_wait_seconds, updated_at
from queue_status;

create view callback_availability_view as
select s.queue,
       s.slot_start,
       s.slot_end,
       s.capacity,
       count(b.callback_id)::int                           as booked,
       greatest(s.capacity - count(b.callback_id), 0)::int as remaining
from callback_slot s
left join callback_booking b on b.queue = s.queue and b.due_at >= s.slot_start and b.due_at < s.slot_end
where s.slot_start >= now()
group by s.queue, s.slot_start, s.slot_end, s.capacity;

grant usage on schema ${flyway:defaultSchema} to public;
grant select on queue_status_view, callback_availability_view to public;
