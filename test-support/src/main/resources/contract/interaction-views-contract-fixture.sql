-- CONTRACT FIXTURE (tests only). The shape of the read-only views interaction-manager owns and other
-- services may SELECT (see docs/interaction-manager.md, "The shared read models (contract)"), created
-- here as plain tables so that the tests of the services that read them (chatbot-service,
-- intent-service) can put known rows in them. Names and columns must match the contract exactly;
-- never ship this file, and never create these objects outside tests.
create schema if not exists interaction;

create table if not exists interaction.queue_status_view (
    queue                  text,
    agents_staffed         int,
    agents_available       int,
    interactions_waiting   int,
    callbacks_pending      int,
    estimated_wait_seconds int null,
    updated_at             timestamptz
);

create table if not exists interaction.callback_availability_view (
    queue      text,
    slot_start timestamptz,
    slot_end   timestamptz,
    capacity   int,
    booked     int,
    remaining  int
);

-- One row per agent, queue and slot: the agent's own callback time in that slot of that queue.
create table if not exists interaction.agent_availability_view (
    queue      text,
    agent_id   text,
    agent_name text,
    slot_start timestamptz,
    slot_end   timestamptz,
    capacity   int,
    booked     int,
    remaining  int
);
