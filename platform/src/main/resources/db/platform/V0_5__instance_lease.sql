-- The processes that are alive: each renews its row while it runs. An idempotency claim names the process that made
-- it, so that a claim left by a process that died can be taken over without waiting for the in-flight timeout.
create table instance_lease (
    instance_id varchar(40) primary key,
    renewed_at  timestamp with time zone not null
);
alter table idempotency_record add column owner_instance varchar(40);
