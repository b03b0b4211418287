-- Throttling of the portal's sign-in form (docs/security.md, docs/adr/0019-web-hardening.md): failed sign-ins per
-- login and per client address, and the temporary lock-outs they cause. In the database, not in memory, so that every
-- instance of the portal counts the same attempts. The login is stored as normalised, whether an account has it or
-- not (a lock-out must not tell whether a login exists).
CREATE TABLE login_failure (
  id        BIGINT       NOT NULL,
  login     VARCHAR(100) NOT NULL,
  address   VARCHAR(45)  NOT NULL,
  failed_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_login_failure_login ON login_failure (login, failed_at);
CREATE INDEX ix_login_failure_address ON login_failure (address, failed_at);
CREATE INDEX ix_login_failure_time ON login_failure (failed_at);

-- kind: LOGIN or ADDRESS. A row whose locked_until has passed stays until the next lock-out of the same subject
-- replaces it: failures before it no longer count.
CREATE TABLE login_lock (
  kind         VARCHAR(10)  NOT NULL,
  subject      VARCHAR(100) NOT NULL,
  locked_until DATETIME(6)  NOT NULL,
  PRIMARY KEY (kind, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
