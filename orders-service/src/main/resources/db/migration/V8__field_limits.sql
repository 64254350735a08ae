-- A return's reason is at most 500 characters (dev.comptoir.contracts.FieldLimits.REASON), and so is a refund failure
-- reported by payments: the timeline keeps them whole instead of failing the event that carries them.
alter table order_adjustment alter column reason type varchar(500);
