-- How many times a return's current waiting step (fulfillment's verdict, the refund) was asked: its deadline retries
-- count here. Returns already waiting were asked once.
ALTER TABLE order_return ADD COLUMN asks INTEGER NOT NULL DEFAULT 1;
CREATE INDEX order_return_waiting ON order_return (status, updated_at);

-- The token of a digital delivery's download link (GET /downloads/{token}), looked up by it.
ALTER TABLE order_shipment ADD COLUMN download_token VARCHAR(64);
CREATE UNIQUE INDEX order_shipment_download_token ON order_shipment (download_token);
