-- Rosters: when each agent works, which is what slot capacity is made of (not who is logged in).
-- An agent's roster is replaced whole by every applied AgentShiftsChanged; planned_at is that
-- event's occurredAt, so an older plan arriving late never overwrites a newer one.
create table agent_roster (
    agent_id   text primary key,
    time_zone  text        not null,
    source     text        not null,
    planned_at timestamptz not null
);

-- Weekly shifts in the agent's time zone. A shift ends at the next `ends` after `starts`: 22:00-06:00
-- runs overnight, 00:00-00:00 is the whole day.
create table agent_shift (
    agent_id    text not null,
    day_of_week text not null check (day_of_week in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    starts      time not null,
    ends        time not null
);
create index agent_shift_by_agent on agent_shift (agent_id);

-- Dated exceptions: LEAVE takes time off (the whole day without times), OVERTIME adds time.
create table agent_shift_exception (
    agent_id text not null,
    on_date  date not null,
    kind     text not null check (kind in ('LEAVE', 'OVERTIME')),
    starts   time,
    ends     time,
    check ((starts is null) = (ends is null)),
    check (kind = 'LEAVE' or starts is not null)
);
create index agent_shift_exception_by_agent on agent_shift_exception (agent_id);

-- Each rostered agent's own capacity per queue of theirs and slot (the queue's slots), for callbacks
-- booked against a named agent; regenerated with callback_slot, under the same lock.
create table agent_slot (
    agent_id   text        not null,
    queue      text        not null,
    slot_start timestamptz not null,
    slot_end   timestamptz not null,
    capacity   int         not null,
    primary key (agent_id, queue, slot_start)
);

-- A booking may take a named agent's own time (null: the queue's team).
alter table callback_booking add column agent_id text;
create index callback_booking_agent_due on callback_booking (agent_id, queue, due_at) where agent_id is not null;

-- A shared read model, like the other two: change only additively.
create view agent_availability_view as
select s.queue,
       s.agent_id,
       a.name                                              as agent_name,
       s.slot_start,
       s.slot_end,
       s.capacity,
       count(b.callback_id)::int                           as booked,
       greatest(s.capacity - count(b.callback_id), 0)::int as remaining
from agent_slot s
join agent a on a.id = s.agent_id
left join callback_booking b on b.agent_id = s.agent_id and b.queue = s.queue
                            and b.due_at >= s.slot_start and b.due_at < s.slot_end
where s.slot_start >= now()
group by s.queue, s.agent_id, a.name, s.slot_start, s.slot_end, s.capacity;

grant select on agent_availability_view to reachback_views;
