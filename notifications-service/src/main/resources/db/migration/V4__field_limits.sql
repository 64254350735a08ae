-- Every value orders lets in fits here (dev.comptoir.contracts.FieldLimits): a customer's name is a first and a last
-- name of 200 characters each and a space. OrderPlaced with a name longer than 300 was dead-lettered: no e-mail sent.
alter table order_contact alter column name type varchar(401);
-- A merchant alert's subject names a webhook URL, up to 2048 characters.
alter table email_log alter column subject type text;
