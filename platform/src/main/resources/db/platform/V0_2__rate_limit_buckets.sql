-- Rate limit buckets (Bucket4j), shared by every instance of the service; expires_at is epoch
-- milliseconds after which a bucket is full again and may be deleted.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
