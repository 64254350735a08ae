-- The ledger. Per payment: what the order asked (amount), and what was authorized, captured and refunded; the
-- database holds amount >= authorized >= captured >= refunded >= 0 whatever the code does.
alter table payment add column authorized_amount bigint not null default 0;
alter table payment add column captured_amount bigint not null default 0;
alter table payment add column refunded_amount bigint not null default 0;
update payment set authorized_amount = amount where status in ('AUTHORIZED', 'VOIDED');
alter table payment add constraint payment_ledger check (
    amount >= authorized_amount and authorized_amount >= captured_amount
    and captured_amount >= refunded_amount and refunded_amount >= 0);
-- Which provider holds the money and its id for it (a Stripe PaymentIntent, a sandbox charge). The delegated token
-- itself is not kept: it served its one authorization.
alter table payment add column provider varchar(20) not null default 'sandbox';
alter table payment add column provider_payment_id varchar(255);
update payment set provider_payment_id = 'pi_sbx_' || order_id;
alter table payment drop column token;
-- The sandbox finds the token a payment used by the order it paid.
create index vault_token_order on vault_token (used_by_order_id);
-- The agent platform that sold the order: its commission is due on what is captured.
alter table payment add column agent_id varchar(64) not null default 'unknown';

-- One row per refund asked (its id is the business id: asking again with it refunds once). Pending and succeeded
-- refunds count in payment.refunded_amount; a failed one is taken back out.
create table refund (
    id                 varchar(100) primary key,
    payment_id         varchar(40)  not null references payment (id),
    order_id           varchar(40)  not null,
    amount             bigint       not null check (amount > 0),
    reason             varchar(200),
    status             varchar(20)  not null,
    provider_refund_id varchar(255),
    failure_reason     varchar(300),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);
create index refund_order on refund (order_id);

-- The agent platform's commission: a fee on each capture, a (negative) reversal on each refund.
create table platform_fee (
    id                varchar(40)  primary key,
    agent_id          varchar(64)  not null,
    order_id          varchar(40)  not null,
    kind              varchar(20)  not null,
    source_id         varchar(100) not null,
    amount            bigint       not null,
    currency          varchar(3)   not null,
    rate_basis_points integer      not null,
    created_at        timestamp with time zone not null,
    unique (kind, source_id)
);
create index platform_fee_agent_time on platform_fee (agent_id, created_at);
