-- Personal promotions (issue #6): a birthday discount once a year. Design: docs/adr/0016-promotions.md.

-- Days before and after the customer's birthday the discount applies (BIRTHDAY_DISCOUNT; null: 7).
ALTER TABLE promo_promotion ADD COLUMN window_days INT NULL;

-- The birthday a customer's order already took a personal promotion for: one row per promotion, customer and
-- birthday year, so the primary key lets only the first order of that birthday have it. A cancelled order deletes
-- its row and gives the birthday back.
CREATE TABLE promo_personal_use (
  promotion_id  BIGINT      NOT NULL,
  customer_id   BIGINT      NOT NULL,
  occasion_year INT         NOT NULL,
  network_code  VARCHAR(32) NOT NULL,
  external_id   VARCHAR(64) NOT NULL,
  used_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (promotion_id, customer_id, occasion_year),
  CONSTRAINT fk_promo_personal_promotion FOREIGN KEY (promotion_id) REFERENCES promo_promotion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_promo_personal_use_order ON promo_personal_use (network_code, external_id);
