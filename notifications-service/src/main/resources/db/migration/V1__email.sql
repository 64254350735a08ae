-- Customer e-mails, one per order and kind: a redelivered event cannot send the same e-mail twice.
create table email_message (
    id         varchar(40)  primary key,
    order_id   varchar(40)  not null,
    kind       varchar(40)  not null,
    recipient  varchar(320) not null,
    subject    varchar(300) not null,
    body       text         not null,
    created_at timestamp with time zone not null,
    unique (order_id, kind)
);
