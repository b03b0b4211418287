-- The points ledger: members' balances, balanced transfers of append-only entries, lots with expiry, pending points
-- per source, payouts. Points are whole numbers (BIGINT). Design: docs/adr/0006-points-ledger.md.

-- One row per member (a person or a company): the balances, kept equal to the sum of the member's entries.
-- The row is also the member's lock: every change of a member's entries, lots or pending sources holds it.
CREATE TABLE ledger_member (
  member_id        BIGINT      NOT NULL,
  pending          BIGINT      NOT NULL DEFAULT 0,
  available        BIGINT      NOT NULL DEFAULT 0,
  reserved         BIGINT      NOT NULL DEFAULT 0,
  debt             BIGINT      NOT NULL DEFAULT 0,
  last_purchase_at DATETIME(6) NULL,
  created_at       DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id),
  CONSTRAINT ck_ledger_member_pending CHECK (pending >= 0),
  CONSTRAINT ck_ledger_member_available CHECK (available >= 0),
  CONSTRAINT ck_ledger_member_reserved CHECK (reserved >= 0),
  CONSTRAINT ck_ledger_member_debt CHECK (debt >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The 14-month rule looks members up by their last purchase.
CREATE INDEX ix_ledger_member_last_purchase ON ledger_member (last_purchase_at);

-- One business operation; its entries sum to zero. The caller's idempotency key is unique per network.
CREATE TABLE ledger_transfer (
  id              BIGINT        NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  network_code    VARCHAR(32)   NOT NULL,
  idempotency_key VARCHAR(200)  NULL,
  fingerprint     CHAR(64)      NULL,
  member_id       BIGINT        NULL,
  reason_code     VARCHAR(100)  NOT NULL,
  reason_params   VARCHAR(2000) NOT NULL,
  business_time   DATETIME(6)   NOT NULL,
  source_ref      VARCHAR(100)  NULL,
  source_lines    VARCHAR(2000) NULL,
  staff_member    VARCHAR(100)  NULL,
  staff_comment   TEXT          NULL,
  created_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_ledger_transfer_key ON ledger_transfer (network_code, idempotency_key);

-- The append-only lines of transfers; member accounts carry the member id, programme accounts none.
-- Identified by (transfer, line) so set-based statements can number the lines with ROW_NUMBER().
CREATE TABLE ledger_entry (
  transfer_id   BIGINT       NOT NULL,
  line_no       INT          NOT NULL,
  account       VARCHAR(20)  NOT NULL,
  member_id     BIGINT       NULL,
  amount        BIGINT       NOT NULL,
  business_time DATETIME(6)  NOT NULL,
  source_ref    VARCHAR(100) NULL,
  PRIMARY KEY (transfer_id, line_no),
  CONSTRAINT fk_ledger_entry_transfer FOREIGN KEY (transfer_id) REFERENCES ledger_transfer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- A member's history newest first, keyset-paged on (business_time, transfer_id, line_no).
CREATE INDEX ix_ledger_entry_member_time ON ledger_entry (member_id, business_time, transfer_id, line_no);

-- Points that became available together and expire together; identified by the entry that created them.
CREATE TABLE ledger_lot (
  transfer_id  BIGINT      NOT NULL,
  line_no      INT         NOT NULL,
  member_id    BIGINT      NOT NULL,
  network_code VARCHAR(32) NOT NULL,
  points       BIGINT      NOT NULL,
  remaining    BIGINT      NOT NULL,
  is_open      BOOLEAN     NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (transfer_id, line_no),
  CONSTRAINT fk_ledger_lot_entry FOREIGN KEY (transfer_id, line_no) REFERENCES ledger_entry (transfer_id, line_no),
  CONSTRAINT ck_ledger_lot_remaining CHECK (remaining >= 0 AND remaining <= points)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Spending soonest-expiring first, and the expiring-soon figure, per member.
CREATE INDEX ix_ledger_lot_member_expiry ON ledger_lot (member_id, is_open, expires_at);
-- The expiry run finds due lots across all members without scanning spent ones.
CREATE INDEX ix_ledger_lot_due ON ledger_lot (is_open, expires_at);

-- How much of which lot a transfer took (redemption, payout, expiry, take-back): attribution and payout rejection.
CREATE TABLE ledger_lot_use (
  transfer_id     BIGINT NOT NULL,
  lot_transfer_id BIGINT NOT NULL,
  lot_line_no     INT    NOT NULL,
  points          BIGINT NOT NULL,
  PRIMARY KEY (transfer_id, lot_transfer_id, lot_line_no),
  CONSTRAINT fk_ledger_lot_use_transfer FOREIGN KEY (transfer_id) REFERENCES ledger_transfer (id),
  CONSTRAINT fk_ledger_lot_use_lot FOREIGN KEY (lot_transfer_id, lot_line_no) REFERENCES ledger_lot (transfer_id, line_no),
  CONSTRAINT ck_ledger_lot_use_points CHECK (points > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ledger_lot_use_lot ON ledger_lot_use (lot_transfer_id, lot_line_no);

-- Points still pending per source (e.g. an order), so a source is released or voided at most once in full.
CREATE TABLE ledger_pending (
  network_code VARCHAR(32)  NOT NULL,
  source_ref   VARCHAR(100) NOT NULL,
  member_id    BIGINT       NOT NULL,
  points       BIGINT       NOT NULL,
  PRIMARY KEY (network_code, source_ref),
  CONSTRAINT ck_ledger_pending_points CHECK (points >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ledger_pending_member ON ledger_pending (member_id);

-- A payout's state; its id is the id of the transfer that reserved the points.
CREATE TABLE ledger_payout (
  id                   BIGINT      NOT NULL,
  member_id            BIGINT      NOT NULL,
  network_code         VARCHAR(32) NOT NULL,
  points               BIGINT      NOT NULL,
  status               VARCHAR(20) NOT NULL,
  decision_transfer_id BIGINT      NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_ledger_payout_transfer FOREIGN KEY (id) REFERENCES ledger_transfer (id),
  CONSTRAINT ck_ledger_payout_points CHECK (points > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ledger_payout_member ON ledger_payout (member_id);
CREATE INDEX ix_ledger_payout_status ON ledger_payout (status);
