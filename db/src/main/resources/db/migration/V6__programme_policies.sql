-- The programme's policies (one row: tier qualification, when pending points become available, expiry, monthly cap)
-- and the tiers' optional discount with the brands it excludes. See docs/adr/0009-programme-settings.md.
CREATE TABLE programme_policies (
  id                          BIGINT      NOT NULL,
  currency                    CHAR(3)     NOT NULL,
  qualification               VARCHAR(32) NOT NULL,
  qualification_window_months INT         NOT NULL,
  availability                VARCHAR(32) NOT NULL,
  availability_value          INT         NOT NULL,
  expiry                      VARCHAR(32) NOT NULL,
  expiry_months               INT         NOT NULL,
  monthly_cashback_cap        BIGINT      NULL,
  updated_at                  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE tier ADD COLUMN discount_percent DECIMAL(5,2) NULL;

CREATE TABLE tier_excluded_brand (
  id      BIGINT       NOT NULL,
  tier_id BIGINT       NOT NULL,
  brand   VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_tier_excluded_brand_tier FOREIGN KEY (tier_id) REFERENCES tier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_tier_excluded_brand ON tier_excluded_brand (tier_id, brand);
