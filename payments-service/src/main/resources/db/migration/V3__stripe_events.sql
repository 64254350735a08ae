-- Stripe webhook events already applied: Stripe delivers at least once, each event applies once.
create table stripe_event (
    id          varchar(255) primary key,
    type        varchar(100) not null,
    received_at timestamp with time zone not null
);
