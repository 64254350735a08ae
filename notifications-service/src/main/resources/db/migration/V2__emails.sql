-- The buyer of each order, from OrderPlaced: e-mails are written to them, in their language.
create table order_contact (
    order_id   varchar(40)  primary key,
    name       varchar(300) not null,
    email      varchar(320) not null,
    locale     varchar(35)  not null,
    created_at timestamp with time zone not null
);

-- Every e-mail, one per business fact (dedupe_key), sent after commit from this table: waiting (for the order's
-- contact), pending (to send at next_attempt_at), sent, or failed (still refused after the retry period).
create table email_log (
    id              varchar(40)  primary key,
    dedupe_key      varchar(300) not null unique,
    order_id        varchar(40),
    kind            varchar(40)  not null,
    status          varchar(20)  not null,
    facts           text         not null,
    locale          varchar(35),
    recipient       varchar(320),
    subject         varchar(300),
    text_body       text,
    html_body       text,
    attempts        integer      not null,
    next_attempt_at timestamp with time zone,
    last_error      varchar(500),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone
);
create index email_log_order_id on email_log (order_id);
create index email_log_due on email_log (status, next_attempt_at);

-- The e-mails recorded before there was a mail server count as sent: they are not sent again.
insert into email_log (id, dedupe_key, order_id, kind, status, facts, recipient, subject, text_body, attempts,
        created_at, sent_at)
select id, lower(kind) || ':' || order_id, order_id, kind, 'sent', '{}', recipient, subject, body, 0, created_at,
        created_at
from email_message;
drop table email_message;
