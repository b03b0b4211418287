-- Promotions (issue #6): what marketers launch, what each did to each order, challenge progress and the points
-- given. Owned by the promotions module; reporting reads the per-promotion tables by promotion_id. Money in roubles
-- (DECIMAL(14,2)), points whole. Lists (tiers, networks, brands…) are comma-separated codes: they are short, read
-- whole and never joined on. Design: docs/adr/0016-promotions.md.

-- One promotion. status is what the marketer chose (DRAFT, SCHEDULED, ACTIVE, PAUSED, ENDED); whether it is in
-- effect at a moment is status SCHEDULED/ACTIVE and the moment inside [starts_at, ends_at). budget_used grows inside
-- the transaction of each order that the promotion changes, under the row's lock, so it never passes budget_cap.
CREATE TABLE promo_promotion (
  id                BIGINT        NOT NULL,
  name              VARCHAR(200)  NOT NULL,
  type              VARCHAR(30)   NOT NULL,
  status            VARCHAR(20)   NOT NULL,
  priority          INT           NOT NULL DEFAULT 0,
  stackable         BOOLEAN       NOT NULL DEFAULT TRUE,
  starts_at         DATETIME(6)   NOT NULL,
  ends_at           DATETIME(6)   NULL,
  audience_tiers    VARCHAR(200)  NOT NULL DEFAULT '',
  audience_networks VARCHAR(200)  NOT NULL DEFAULT '',
  audience_regions  VARCHAR(200)  NOT NULL DEFAULT '',
  audience_channels VARCHAR(100)  NOT NULL DEFAULT '',
  percent           DECIMAL(7,3)  NULL,
  payment_methods   VARCHAR(100)  NOT NULL DEFAULT '',
  target_kind       VARCHAR(20)   NULL,
  target_values     VARCHAR(1000) NOT NULL DEFAULT '',
  trigger_kind      VARCHAR(20)   NULL,
  trigger_values    VARCHAR(1000) NOT NULL DEFAULT '',
  excluded_brands   VARCHAR(1000) NOT NULL DEFAULT '',
  threshold_units   INT           NULL,
  threshold_amount  DECIMAL(14,2) NULL,
  points            BIGINT        NULL,
  tier_points       VARCHAR(200)  NOT NULL DEFAULT '',
  grant_audience    VARCHAR(20)   NULL,
  segment           VARCHAR(16)   NULL,
  silent_since      DATE          NULL,
  points_valid_days INT           NULL,
  budget_cap        DECIMAL(14,2) NULL,
  budget_used       DECIMAL(14,2) NOT NULL DEFAULT 0,
  created_by        VARCHAR(100)  NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_promo_budget CHECK (budget_cap IS NULL OR budget_used <= budget_cap)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_promo_promotion_status ON promo_promotion (status, starts_at);

-- What a promotion did to one placed order: extra points and money off. The results and the budget count these.
CREATE TABLE promo_effect (
  promotion_id BIGINT        NOT NULL,
  network_code VARCHAR(32)   NOT NULL,
  external_id  VARCHAR(64)   NOT NULL,
  customer_id  BIGINT        NULL,
  member_id    BIGINT        NULL,
  placed_at    DATETIME(6)   NOT NULL,
  order_total  DECIMAL(14,2) NOT NULL,
  points       BIGINT        NOT NULL,
  discount     DECIMAL(14,2) NOT NULL,
  PRIMARY KEY (promotion_id, network_code, external_id),
  CONSTRAINT fk_promo_effect_promotion FOREIGN KEY (promotion_id) REFERENCES promo_promotion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_promo_effect_time ON promo_effect (promotion_id, placed_at);

-- A customer's progress in a challenge; completed_at is set once, when the bonus is granted.
CREATE TABLE promo_challenge_progress (
  promotion_id BIGINT        NOT NULL,
  customer_id  BIGINT        NOT NULL,
  units        INT           NOT NULL,
  amount       DECIMAL(14,2) NOT NULL,
  completed_at DATETIME(6)   NULL,
  PRIMARY KEY (promotion_id, customer_id),
  CONSTRAINT fk_promo_progress_promotion FOREIGN KEY (promotion_id) REFERENCES promo_promotion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What each order line added to a challenge, so a return or cancellation takes back exactly its share.
CREATE TABLE promo_challenge_line (
  promotion_id  BIGINT        NOT NULL,
  network_code  VARCHAR(32)   NOT NULL,
  external_id   VARCHAR(64)   NOT NULL,
  line_id       VARCHAR(64)   NOT NULL,
  customer_id   BIGINT        NOT NULL,
  quantity      INT           NOT NULL,
  amount        DECIMAL(14,2) NOT NULL,
  returned      INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (promotion_id, network_code, external_id, line_id),
  CONSTRAINT fk_promo_line_promotion FOREIGN KEY (promotion_id) REFERENCES promo_promotion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_promo_challenge_line_order ON promo_challenge_line (network_code, external_id);

-- Points a promotion granted to a points account (a challenge's bonus, an audience grant): once per promotion and
-- account, which is also the grant's idempotency.
CREATE TABLE promo_grant (
  promotion_id BIGINT      NOT NULL,
  member_id    BIGINT      NOT NULL,
  customer_id  BIGINT      NULL,
  points       BIGINT      NOT NULL,
  granted_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (promotion_id, member_id),
  CONSTRAINT fk_promo_grant_promotion FOREIGN KEY (promotion_id) REFERENCES promo_promotion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_promo_grant_time ON promo_grant (promotion_id, granted_at);

-- The grants job (batch/grants): grants to audiences of the promotions started by the business date, nightly.
INSERT INTO job_schedule (job_name, cron) VALUES ('grants', '0 15 5 * * *');
