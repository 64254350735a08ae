-- Returns asked through POST /orders/{id}/returns and what became of them; refund_id is the refund currently asked
-- for it (a new one per retry of a failed refund).
create table order_return (
    id               varchar(40)  primary key,
    order_id         varchar(40)  not null references orders (id),
    status           varchar(20)  not null,
    reason           varchar(500),
    rma_number       varchar(100),
    label_url        varchar(1000),
    rejection_reason varchar(100),
    refund_id        varchar(100),
    refund_amount    bigint,
    refund_attempts  integer      not null default 0,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index order_return_order on order_return (order_id);
create index order_return_refund on order_return (refund_id);

create table order_return_line (
    return_id varchar(40) not null references order_return (id),
    line_id   varchar(40) not null,
    quantity  integer     not null check (quantity > 0),
    condition varchar(20),
    primary key (return_id, line_id)
);
