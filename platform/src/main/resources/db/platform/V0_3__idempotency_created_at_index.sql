-- The purge of expired idempotency records looks them up by age.
create index idempotency_record_created_at on idempotency_record (created_at);
