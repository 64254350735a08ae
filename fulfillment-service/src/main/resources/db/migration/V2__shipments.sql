-- One shipment per fulfillment group of a confirmed order: a parcel (shipping) and/or a download (digital).
create table shipment (
    id              varchar(40)  primary key,
    order_id        varchar(40)  not null,
    method          varchar(20)  not null,
    status          varchar(20)  not null,
    carrier         varchar(100),
    tracking_number varchar(100),
    tracking_url    varchar(500),
    download_url    varchar(500),
    created_at      timestamp with time zone not null,
    shipped_at      timestamp with time zone,
    delivered_at    timestamp with time zone,
    canceled_at     timestamp with time zone,
    updated_at      timestamp with time zone not null
);
-- An order has at most one shipment per method: two confirmations racing cannot both create one.
create unique index shipment_order_method on shipment (order_id, method);

-- The pick list: each order line in the shipment with what the buyer personalised (JSON object, field id to value).
create table shipment_line (
    shipment_id    varchar(40)  not null references shipment (id),
    position       integer      not null,
    line_id        varchar(100) not null,
    sku            varchar(100) not null,
    name           varchar(300) not null,
    quantity       integer      not null check (quantity > 0),
    customizations text         not null,
    primary key (shipment_id, position)
);
