-- ACP idempotency records: the first answer to a POST, replayed for the same caller, endpoint and key.
create table idempotency_record (
    scope        varchar(400) not null,
    idem_key     varchar(255) not null,
    request_hash varchar(64)  not null,
    state        varchar(20)  not null,
    claim_id     varchar(40)  not null,
    status       integer,
    body         text,
    created_at   timestamp with time zone not null,
    primary key (scope, idem_key)
);
