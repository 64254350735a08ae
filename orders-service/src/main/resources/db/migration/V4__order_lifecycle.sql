-- The order after placement: its shipments (as fulfillment reports them), adjustments (cancellation, refunds,
-- disputes) and every saga step, for GET /orders/{id}/timeline. Orders are also versioned (optimistic locking).
alter table orders add column version bigint not null default 0;

create table order_step (
    id          varchar(40)  primary key,
    order_id    varchar(40)  not null references orders (id),
    occurred_at timestamp with time zone not null,
    step        varchar(60)  not null,
    detail      varchar(500)
);
create index order_step_order on order_step (order_id, occurred_at);

create table order_shipment (
    id              varchar(60)  primary key,
    order_id        varchar(40)  not null references orders (id),
    method          varchar(20)  not null,
    status          varchar(20)  not null,
    carrier         varchar(100),
    tracking_number varchar(100),
    tracking_url    varchar(1000),
    download_url    varchar(1000),
    created_at      timestamp with time zone not null,
    shipped_at      timestamp with time zone,
    delivered_at    timestamp with time zone,
    canceled_at     timestamp with time zone
);
create index order_shipment_order on order_shipment (order_id);

create table order_shipment_line (
    shipment_id varchar(60) not null references order_shipment (id),
    line_id     varchar(40) not null,
    quantity    integer     not null,
    primary key (shipment_id, line_id)
);

create table order_adjustment (
    id          varchar(100) primary key,
    order_id    varchar(40)  not null references orders (id),
    type        varchar(20)  not null,
    status      varchar(20)  not null,
    amount      bigint,
    reason      varchar(200),
    occurred_at timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index order_adjustment_order on order_adjustment (order_id);
