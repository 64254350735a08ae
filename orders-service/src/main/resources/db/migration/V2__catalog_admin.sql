-- Merchants manage the catalog (/admin/products): when each item last changed, for the feed's metadata.
alter table catalog_item add column updated_at timestamp with time zone;
update catalog_item set updated_at = current_timestamp;
alter table catalog_item alter column updated_at set not null;
