-- The agent request signatures already used: one is refused a second time while its timestamp is still accepted,
-- by any replica. A row is deleted once that time is past (expires_at).
create table seen_signature (
    signature  varchar(64) primary key,
    expires_at timestamp with time zone not null
);
create index seen_signature_expires_at on seen_signature (expires_at);
