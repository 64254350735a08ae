-- One database per service: no service reads another's tables (run once, on the first start of the volume).
CREATE DATABASE comptoir_orders;
CREATE DATABASE comptoir_payments;
CREATE DATABASE comptoir_fulfillment;
CREATE DATABASE comptoir_notifications;
