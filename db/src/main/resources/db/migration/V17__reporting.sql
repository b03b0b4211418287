-- Roll-ups of the programme's figures (issue #8), owned by the reporting module and filled by the reporting job for a
-- business date with set-based INSERT … SELECT … GROUP BY statements; a re-run of a date replaces its rows. The
-- report pages read only these small tables. Design: docs/adr/0018-reporting.md, docs/reporting.md.

-- Per day and network (the network of the order, or of the transfer; expiry by the network the points were earned in).
CREATE TABLE report_day (
  day                    DATE          NOT NULL,
  network_code           VARCHAR(32)   NOT NULL,
  orders                 BIGINT        NOT NULL DEFAULT 0,
  identified_orders      BIGINT        NOT NULL DEFAULT 0,
  repeat_orders          BIGINT        NOT NULL DEFAULT 0,
  revenue                DECIMAL(16,2) NOT NULL DEFAULT 0,
  points_accrued         BIGINT        NOT NULL DEFAULT 0,
  points_redeemed        BIGINT        NOT NULL DEFAULT 0,
  points_expired         BIGINT        NOT NULL DEFAULT 0,
  redeemed_from_lots     BIGINT        NOT NULL DEFAULT 0,
  redeemed_cross_network BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (day, network_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- New members per day (members belong to the programme, not to a network).
CREATE TABLE report_members_day (
  day         DATE   NOT NULL,
  new_members BIGINT NOT NULL,
  PRIMARY KEY (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Figures as of the end of a business date; network_code '*' is the whole programme (not the sum of the networks: a
-- member active in two networks counts once).
CREATE TABLE report_snapshot (
  as_of           DATE        NOT NULL,
  network_code    VARCHAR(32) NOT NULL,
  members         BIGINT      NOT NULL,
  active_accounts BIGINT      NOT NULL,
  rfm_as_of       DATE        NULL,
  computed_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (as_of, network_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- People per tier as of the end of a business date (from the tier history).
CREATE TABLE report_tier (
  as_of     DATE        NOT NULL,
  tier_code VARCHAR(32) NOT NULL,
  customers BIGINT      NOT NULL,
  PRIMARY KEY (as_of, tier_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- RFM segments as of a business date: people and their lifetime revenue (net of returns) per network; '*' = all.
CREATE TABLE report_segment (
  as_of        DATE          NOT NULL,
  network_code VARCHAR(32)   NOT NULL,
  segment      VARCHAR(16)   NOT NULL,
  customers    BIGINT        NOT NULL,
  revenue      DECIMAL(16,2) NOT NULL,
  PRIMARY KEY (as_of, network_code, segment)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which days report_day holds: a day without activity has no report_day rows but is filled all the same.
CREATE TABLE report_filled_day (
  day       DATE        NOT NULL,
  filled_at DATETIME(6) NOT NULL,
  PRIMARY KEY (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The roll-up reads a range of days: without these the day's statements would scan all orders and all transfers.
CREATE INDEX ix_orders_order_placed ON orders_order (placed_at);
CREATE INDEX ix_ledger_transfer_time ON ledger_transfer (business_time);
CREATE INDEX ix_customer_registered ON customer (registered_at);

INSERT INTO job_schedule (job_name, cron) VALUES ('reporting', '0 30 5 * * *');
