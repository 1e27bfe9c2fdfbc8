-- When the chat's token was last used, for its idle expiry (reachback.chat.token-idle-timeout);
-- written at most about once a minute per chat. Chats kept before count from their last activity.
alter table chat add column token_used_at timestamptz;
update chat set token_used_at = last_activity_at;
alter table chat alter column token_used_at set not null;
