-- The buyer's language, for e-mails; the revision of the order as last published (OrderUpdated) and a digest of that
-- snapshot, so an unchanged order is not published again.
ALTER TABLE checkout_session ADD COLUMN locale VARCHAR(35);
ALTER TABLE orders ADD COLUMN locale VARCHAR(35);
ALTER TABLE orders ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN published_digest VARCHAR(64);
-- The delivery window promised at checkout for the shipped part of the order (none for digital-only orders).
ALTER TABLE orders ADD COLUMN estimated_delivery_earliest TIMESTAMP WITH TIME ZONE;
ALTER TABLE orders ADD COLUMN estimated_delivery_latest TIMESTAMP WITH TIME ZONE;
