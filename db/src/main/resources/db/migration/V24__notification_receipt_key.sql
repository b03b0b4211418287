-- The secret that signs each e-mail's opening receipt (GET /n/o/{id}-{signature}.png, docs/notifications.md): without
-- it anyone could mark another customer's e-mail opened by counting message ids and so stop its SMS follow-up. One
-- key per installation, written by the first instance that needs it (INSERT IGNORE) and read by all the others, so a
-- receipt signed by one instance is recognised by every other and after any restart.
CREATE TABLE notification_receipt_key (
  id     TINYINT        NOT NULL,
  secret VARBINARY(32)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
