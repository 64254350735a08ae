-- Tokens issued by the sandbox PSP (ACP delegate payment). The card number is never stored: only what a merchant
-- may show (brand, last four digits) and the sandbox outcome that Stripe's test card numbers stand for.
create table vault_token (
    id                  varchar(40)  primary key,
    card_brand          varchar(20)  not null,
    card_last4          varchar(4)   not null,
    sandbox_outcome     varchar(40)  not null,
    max_amount          bigint       not null,
    currency            varchar(3)   not null,
    checkout_session_id varchar(100) not null,
    merchant_id         varchar(256) not null,
    expires_at          timestamp with time zone not null,
    created_at          timestamp with time zone not null,
    used_by_order_id    varchar(40)
);

create table payment (
    id            varchar(40)  primary key,
    order_id      varchar(40)  not null unique,
    token         varchar(255) not null,
    amount        bigint       not null,
    currency      varchar(3)   not null,
    status        varchar(20)  not null,
    decline_code  varchar(40),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
