-- The W3C trace context of the request or event that appended the row, sent on with the Kafka record.
alter table outbox add column traceparent varchar(64);
alter table outbox add column tracestate varchar(512);
