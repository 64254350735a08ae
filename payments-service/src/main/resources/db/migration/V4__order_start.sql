-- Which of an order's AuthorizePayment (on payments.commands) and OrderCanceled (on orders.events) payments received
-- first: on two topics, either may come first. One row per order, inserted by the first; a cancellation that came
-- first means the authorization, when it comes, authorizes nothing.
create table order_start (
    order_id   varchar(40) primary key,
    came_first varchar(20) not null,
    started_at timestamp with time zone not null
);
