-- RFM scores and named segments per person (issue #7), recomputed by the rfm job for a business date; owned by the
-- customers module. Scores 1–5 by fixed thresholds (0: no purchase in the window); see docs/adr/0015-scheduled-jobs.md.
CREATE TABLE customer_rfm (
  customer_id       BIGINT        NOT NULL,
  as_of             DATE          NOT NULL,
  recency_days      INT           NULL,
  orders_in_window  INT           NOT NULL,
  money_in_window   DECIMAL(14,2) NOT NULL,
  recency_score     TINYINT       NOT NULL,
  frequency_score   TINYINT       NOT NULL,
  monetary_score    TINYINT       NOT NULL,
  segment           VARCHAR(16)   NOT NULL,
  PRIMARY KEY (customer_id),
  CONSTRAINT fk_customer_rfm_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Segment sizes and audiences by segment.
CREATE INDEX ix_customer_rfm_segment ON customer_rfm (segment, customer_id);
