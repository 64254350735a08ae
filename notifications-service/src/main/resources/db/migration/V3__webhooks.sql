-- Merchant webhook subscriptions. Signing secrets are stored encrypted (AES-GCM), never in clear; during a rotation's
-- overlap the previous secret signs too, until previous_secret_expires_at.
create table webhook_subscription (
    id                         varchar(40)   primary key,
    url                        varchar(2048) not null,
    events                     varchar(1000) not null,
    description                varchar(500),
    enabled                    boolean       not null,
    secret                     varchar(200)  not null,
    previous_secret            varchar(200),
    previous_secret_expires_at timestamp with time zone,
    failing_since              timestamp with time zone,
    disabled_reason            varchar(500),
    disabled_at                timestamp with time zone,
    created_at                 timestamp with time zone not null,
    updated_at                 timestamp with time zone not null
);

-- The persistent delivery queue, for both kinds of target: a merchant subscription (target = subscription id) and an
-- agent platform's ACP order webhook (target = agent platform id, one row per order revision). A worker claims due
-- pending rows (claimed_until is its lease: a row whose worker died is due again once it passes).
create table webhook_delivery (
    id              varchar(40)  primary key,
    target_kind     varchar(20)  not null,
    target          varchar(100) not null,
    event_id        varchar(60)  not null,
    event_type      varchar(40)  not null,
    order_id        varchar(40),
    order_revision  bigint,
    body            text         not null,
    status          varchar(20)  not null,
    attempt_count   integer      not null,
    next_attempt_at timestamp with time zone,
    claimed_until   timestamp with time zone,
    created_at      timestamp with time zone not null,
    delivered_at    timestamp with time zone,
    unique (target_kind, target, event_id),
    unique (target_kind, target, order_id, order_revision)
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_target on webhook_delivery (target_kind, target, created_at);
create index webhook_delivery_order on webhook_delivery (target_kind, target, order_id);

-- Every attempt of a delivery: when, the answer (status, latency, the start of the body) or the error.
create table webhook_attempt (
    id            varchar(40)  primary key,
    delivery_id   varchar(40)  not null references webhook_delivery (id) on delete cascade,
    attempted_at  timestamp with time zone not null,
    status_code   integer,
    latency_ms    bigint       not null,
    response_body varchar(1100),
    error         varchar(500)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);

-- The latest OrderUpdated per order (highest revision wins): the order snapshot of every merchant event.
create table webhook_order_snapshot (
    order_id       varchar(40)  primary key,
    agent_platform varchar(100),
    revision       bigint       not null,
    status         varchar(30)  not null,
    snapshot       text         not null,
    updated_at     timestamp with time zone not null
);
