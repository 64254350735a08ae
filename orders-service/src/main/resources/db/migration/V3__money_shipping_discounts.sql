-- Prices per currency, what shipping needs to know (weight, digital), per-order limits, what the buyer personalises.
create table catalog_item_price (
    sku      varchar(100) not null references catalog_item (sku),
    currency varchar(3)   not null,
    amount   bigint       not null check (amount >= 0),
    primary key (sku, currency)
);
insert into catalog_item_price (sku, currency, amount) select sku, lower(currency), price from catalog_item;
alter table catalog_item drop column price;
alter table catalog_item drop column currency;
alter table catalog_item add column weight_grams integer not null default 0;
alter table catalog_item add column digital boolean not null default false;
alter table catalog_item add column image_url varchar(1000);
alter table catalog_item add column max_quantity_per_order integer;
-- JSON: [{"name": "Color", "value": "Black"}]
alter table catalog_item add column variant_options text;
-- JSON: [{"id": "engraving", "label": "Engraving text", "max_length": 20, "required": true}]
alter table catalog_item add column customization_fields text;

-- A coupon: percent_off in basis points (1000 = 10 %) or amount_off in minor units of currency.
create table coupon (
    code             varchar(64)  primary key,
    name             varchar(200) not null,
    percent_off      integer check (percent_off between 1 and 10000),
    amount_off       bigint check (amount_off > 0),
    currency         varchar(3),
    minimum_amount   bigint not null default 0,
    starts_at        timestamp with time zone,
    ends_at          timestamp with time zone,
    active           boolean not null,
    check ((percent_off is null and amount_off is not null and currency is not null)
        or (percent_off is not null and amount_off is null))
);

-- Totals as ACP names them: subtotal = items_base_amount - items_discount; total = subtotal - discount + fulfillment + tax.
alter table checkout_session rename column items_total to items_base_amount;
alter table checkout_session rename column shipping to fulfillment;
alter table checkout_session add column items_discount bigint not null default 0;
alter table checkout_session add column subtotal bigint not null default 0;
alter table checkout_session add column discount bigint not null default 0;
update checkout_session set subtotal = items_base_amount;
-- JSON: the discount codes the agent submitted; the last quote (fulfillment groups and options, discounts applied).
alter table checkout_session add column discount_codes text;
alter table checkout_session add column quote text;

alter table orders rename column items_total to items_base_amount;
alter table orders rename column shipping to fulfillment;
alter table orders add column items_discount bigint not null default 0;
alter table orders add column subtotal bigint not null default 0;
alter table orders add column discount bigint not null default 0;
update orders set subtotal = items_base_amount;

-- Line amounts: total = base_amount - items_discount - discount + tax.
alter table checkout_session_line rename column total to base_amount;
alter table checkout_session_line add column items_discount bigint not null default 0;
alter table checkout_session_line add column discount bigint not null default 0;
alter table checkout_session_line add column tax bigint not null default 0;
alter table checkout_session_line add column total bigint not null default 0;
update checkout_session_line set total = base_amount;
alter table checkout_session_line add column digital boolean not null default false;
alter table checkout_session_line add column weight_grams integer not null default 0;
alter table checkout_session_line add column customizations text;

alter table order_line rename column total to base_amount;
alter table order_line add column items_discount bigint not null default 0;
alter table order_line add column discount bigint not null default 0;
alter table order_line add column tax bigint not null default 0;
alter table order_line add column total bigint not null default 0;
update order_line set total = base_amount;
alter table order_line add column digital boolean not null default false;
alter table order_line add column weight_grams integer not null default 0;
alter table order_line add column customizations text;

-- JSON: what the last pricing found to tell the agent (ACP messages), consistent with the status it set.
alter table checkout_session add column messages text;

-- Availability per SKU as fulfillment reports it on inventory.events (the reservation itself stays fulfillment's).
create table stock_level (
    sku        varchar(100) primary key,
    available  integer      not null,
    updated_at timestamp with time zone not null
);
