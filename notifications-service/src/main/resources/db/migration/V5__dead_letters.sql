-- Every record any consumer parked on a dead-letter topic (<topic>.dlq.<service>), once (the dead-letter topic,
-- partition and offset identify it). Its origin and error come from the headers the dead-letter strategy adds; text
-- columns take whatever a header holds. The record itself (key, value, headers) is kept encrypted (AES-GCM under
-- comptoir.webhooks.secret-key): it may carry personal data, or credentials on a payments topic. replayed_at is set
-- when it was published again to its topic.
create table dead_letter (
    id                    varchar(40) primary key,
    dead_letter_topic     text        not null,
    dead_letter_partition integer     not null,
    dead_letter_offset    bigint      not null,
    topic                 text        not null,
    source_partition      integer,
    source_offset         bigint,
    consumer              text        not null,
    event_type            text,
    event_id              text,
    subject               text,
    reason                text,
    cause                 text,
    dead_lettered_at      timestamp with time zone not null,
    recorded_at           timestamp with time zone not null,
    record                text        not null,
    replayed_at           timestamp with time zone,
    unique (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
create index dead_letter_recorded_at on dead_letter (recorded_at);
