create table catalog_item (
    sku           varchar(100) primary key,
    product_id    varchar(100) not null,
    product_title varchar(300) not null,
    title         varchar(300) not null,
    description   text,
    price         bigint       not null check (price >= 0),
    currency      varchar(3)   not null,
    active        boolean      not null
);

create table checkout_session (
    id                 varchar(40)  primary key,
    agent_id           varchar(64)  not null,
    status             varchar(40)  not null,
    currency           varchar(3)   not null,
    buyer_first_name   varchar(200),
    buyer_last_name    varchar(200),
    buyer_email        varchar(320),
    buyer_phone        varchar(50),
    ship_name          varchar(200),
    ship_line_one      varchar(300),
    ship_line_two      varchar(300),
    ship_city          varchar(200),
    ship_state         varchar(100),
    ship_country       varchar(2),
    ship_postal_code   varchar(20),
    fulfillment_option varchar(40),
    items_total        bigint not null,
    shipping           bigint not null,
    tax                bigint not null,
    total              bigint not null,
    order_id           varchar(40),
    payment_error      varchar(40),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null
);

create table checkout_session_line (
    session_id  varchar(40)  not null references checkout_session (id),
    line_id     varchar(40)  not null,
    sku         varchar(100) not null,
    name        varchar(300) not null,
    quantity    integer      not null,
    unit_amount bigint       not null,
    total       bigint       not null,
    primary key (session_id, line_id)
);

create table orders (
    id                  varchar(40) primary key,
    checkout_session_id varchar(40) not null,
    agent_id            varchar(64) not null,
    status              varchar(20) not null,
    payment_state       varchar(20) not null,
    stock_state         varchar(20) not null,
    cancel_reason       varchar(100),
    decline_code        varchar(40),
    currency            varchar(3)  not null,
    items_total         bigint not null,
    shipping            bigint not null,
    tax                 bigint not null,
    total               bigint not null,
    customer_name       varchar(500) not null,
    customer_email      varchar(320) not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);

-- A session may take several attempts (a declined card, then another): one order per attempt.
create index orders_checkout_session on orders (checkout_session_id);

create table order_line (
    order_id    varchar(40)  not null references orders (id),
    line_id     varchar(40)  not null,
    sku         varchar(100) not null,
    name        varchar(300) not null,
    quantity    integer      not null,
    unit_amount bigint       not null,
    total       bigint       not null,
    primary key (order_id, line_id)
);
