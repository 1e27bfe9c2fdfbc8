-- The media a prompt offers ("voice", "chat"; comma-separated, null for prompts kept before the
-- medium), and the one the customer chose in their answer.
alter table prompt add column media text;
alter table prompt add column answered_media text;

-- How the customer is called back: "voice" or "chat"; null for callbacks this service did not
-- request (their medium is read from the phone: voice when there is one).
alter table callback_view add column media text;
