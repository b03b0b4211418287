-- Every staff change: who, when, what, and the values before and after (append-only).
CREATE TABLE audit_entry (
  id          BIGINT       NOT NULL,
  at          DATETIME(6)  NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  action      VARCHAR(64)  NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  before_text TEXT         NULL,
  after_text  TEXT         NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entry_at ON audit_entry (at, id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, at);
