-- The keys customers' personal data is sealed with on the Kafka topics (crypto-shredding): one
-- random AES-256 key per data subject (a chat), found by the SHA-256 of the chat id so that the table
-- names no chat. Erasing a chat overwrites its key with nothing and keeps the row as a tombstone:
-- every sealed copy of its data, on any topic or dead-letter topic, can no longer be read. Every
-- service role may use it through the group role reachback_keyring. Run as a superuser before the
-- service roles; running it again changes nothing.
do $$
begin
    if not exists (select from pg_roles where rolname = 'reachback_keyring') then
        create role reachback_keyring nologin;
    end if;
end
$$;
create schema if not exists keyring;
create table if not exists keyring.subject_key (
    subject_digest bytea primary key,
    secret         bytea,
    erased_at      timestamptz,
    check ((secret is null) = (erased_at is not null))
);
grant usage on schema keyring to reachback_keyring;
grant select, insert, update on keyring.subject_key to reachback_keyring;
