create table stock_item (
    sku       varchar(100) primary key,
    on_hand   integer not null check (on_hand >= 0),
    reserved  integer not null check (reserved >= 0),
    updated_at timestamp with time zone not null
);

-- What one order holds (or could not get): one row per order, written once, so a redelivered event changes nothing.
create table reservation (
    order_id   varchar(40) primary key,
    status     varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table reservation_line (
    order_id varchar(40)  not null references reservation (order_id),
    sku      varchar(100) not null,
    quantity integer      not null,
    primary key (order_id, sku)
);
