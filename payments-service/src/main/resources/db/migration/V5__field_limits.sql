-- A refund's reason is as long as orders lets it be (dev.comptoir.contracts.FieldLimits.REASON).
alter table refund alter column reason type varchar(500);
