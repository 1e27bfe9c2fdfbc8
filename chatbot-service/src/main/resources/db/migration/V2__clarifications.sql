-- Asking which of two close intents the customer meant: the question, and what the customer chose.

-- Every question asked; the OPEN one (at most one per chat) waits for the customer's next message.
create table clarification (
    id            bigserial primary key,
    chat_id       uuid        not null references chat,
    message_id    uuid,
    brand         text        not null,
    bot           text        not null,
    first_intent  text        not null,
    second_intent text        not null,
    asked_at      timestamptz not null,
    outcome       text        not null default 'OPEN' check (outcome in ('OPEN', 'CHOSEN', 'DROPPED')),
    chosen_intent text,
    answered_at   timestamptz
);
create unique index clarification_open_per_chat on clarification (chat_id) where outcome = 'OPEN';
create index clarification_by_bot on clarification (brand, bot);

-- A decision may now be a question (reason AMBIGUOUS) as well as an answer or an offer.
alter table bot_decision drop constraint bot_decision_outcome_check;
alter table bot_decision add constraint bot_decision_outcome_check
    check (outcome in ('ANSWERED', 'OFFERED', 'ASKED'));
