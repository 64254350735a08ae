-- A return of some order lines, keyed by the id orders-service gave it, so a redelivered request decides nothing twice.
-- Rejected ones are kept too, with their reason.
create table merchandise_return (
    id               varchar(100) primary key,
    order_id         varchar(40)  not null,
    status           varchar(20)  not null,
    reason           text,
    rejection_reason varchar(40),
    rma_number       varchar(20)  unique,
    label_url        varchar(500),
    created_at       timestamp with time zone not null,
    received_at      timestamp with time zone,
    updated_at       timestamp with time zone not null
);
create index merchandise_return_order on merchandise_return (order_id);

-- What the return asks back, per order line; no SKU only for a line we never shipped (the return was rejected).
create table merchandise_return_line (
    return_id varchar(100) not null references merchandise_return (id),
    line_id   varchar(100) not null,
    sku       varchar(100),
    quantity  integer      not null check (quantity > 0),
    primary key (return_id, line_id)
);

-- What came back, per order line and condition (resellable goes back on hand, damaged does not).
create table merchandise_return_receipt (
    return_id      varchar(100) not null references merchandise_return (id),
    line_id        varchar(100) not null,
    sku            varchar(100) not null,
    item_condition varchar(20)  not null,
    quantity       integer      not null check (quantity > 0),
    primary key (return_id, line_id, item_condition)
);
