-- The programme's structure: networks (chains, service centres, the B2B desk), regions and tiers.
CREATE TABLE network (
  id         BIGINT       NOT NULL,
  code       VARCHAR(32)  NOT NULL,
  name       VARCHAR(200) NOT NULL,
  created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_network_code ON network (code);

CREATE TABLE region (
  id                     BIGINT        NOT NULL,
  code                   VARCHAR(32)   NOT NULL,
  name                   VARCHAR(200)  NOT NULL,
  min_order_for_cashback DECIMAL(19,2) NOT NULL,
  created_at             DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT ck_region_min_order CHECK (min_order_for_cashback >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_region_code ON region (code);

CREATE TABLE tier (
  id                   BIGINT        NOT NULL,
  code                 VARCHAR(32)   NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  rank_order           INT           NOT NULL,
  qualifying_purchases DECIMAL(19,2) NOT NULL,
  cashback_percent     DECIMAL(5,2)  NOT NULL,
  max_redeem_percent   DECIMAL(5,2)  NOT NULL,
  created_at           DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT ck_tier_cashback CHECK (cashback_percent >= 0 AND cashback_percent <= 100),
  CONSTRAINT ck_tier_redeem CHECK (max_redeem_percent >= 0 AND max_redeem_percent <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_tier_code ON tier (code);
CREATE UNIQUE INDEX ux_tier_rank ON tier (rank_order);
