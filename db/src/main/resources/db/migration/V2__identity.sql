-- Who may sign in (people with roles) and which integrations may call the API (hashed keys bound to a network).
CREATE TABLE user_account (
  id            BIGINT       NOT NULL,
  login         VARCHAR(100) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_user_account_login ON user_account (login);

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_key (
  id           BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  network_code VARCHAR(32)  NULL,
  scope        VARCHAR(20)  NOT NULL,
  key_hash     CHAR(64)     NOT NULL,
  key_hint     VARCHAR(8)   NOT NULL,
  created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  revoked_at   DATETIME(6)  NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_api_key_hash ON api_key (key_hash);
