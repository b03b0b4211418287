-- Orders (issue #5): what integrations send, the calculation applied when placed, and the lifecycle that turns them
-- into ledger postings. Money in roubles with kopecks (DECIMAL(14,2)), points as whole numbers. Design: ADR 0014.

-- One order; (network, external id) is the client's idempotency key. member_id is the points account (the person,
-- or the company for a B2B buyer's B2B order); both ids are empty for an anonymous purchase.
CREATE TABLE orders_order (
  id               BIGINT        NOT NULL,
  network_code     VARCHAR(32)   NOT NULL,
  external_id      VARCHAR(64)   NOT NULL,
  fingerprint      CHAR(64)      NOT NULL,
  customer_id      BIGINT        NULL,
  member_id        BIGINT        NULL,
  channel          VARCHAR(20)   NOT NULL,
  region_code      VARCHAR(32)   NOT NULL,
  store            VARCHAR(100)  NULL,
  placed_at        DATETIME(6)   NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  subtotal         DECIMAL(14,2) NOT NULL,
  discount         DECIMAL(14,2) NOT NULL,
  total            DECIMAL(14,2) NOT NULL,
  amount_returned  DECIMAL(14,2) NOT NULL DEFAULT 0,
  points_accrued   BIGINT        NOT NULL,
  points_redeemed  BIGINT        NOT NULL,
  calculation      MEDIUMTEXT    NOT NULL,
  placed_response  MEDIUMTEXT    NOT NULL,
  paid_at          DATETIME(6)   NULL,
  delivered_at     DATETIME(6)   NULL,
  cancelled_at     DATETIME(6)   NULL,
  created_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT ck_orders_order_points CHECK (points_accrued >= 0 AND points_redeemed >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_orders_order_external ON orders_order (network_code, external_id);
-- The monthly cap and a company's orders: a points account's orders by time.
CREATE INDEX ix_orders_order_member ON orders_order (member_id, placed_at);
-- The cabinet's orders and the tiers' purchase sums: a person's orders by time.
CREATE INDEX ix_orders_order_customer ON orders_order (customer_id, placed_at);

-- The lines with what the calculation gave each and how many units went where.
CREATE TABLE orders_line (
  order_id   BIGINT        NOT NULL,
  line_no    INT           NOT NULL,
  line_id    VARCHAR(64)   NOT NULL,
  sku        VARCHAR(64)   NOT NULL,
  name       VARCHAR(200)  NULL,
  category   VARCHAR(100)  NULL,
  brand      VARCHAR(100)  NULL,
  supplier   VARCHAR(100)  NULL,
  quantity   INT           NOT NULL,
  unit_price DECIMAL(14,2) NOT NULL,
  discount   DECIMAL(14,2) NOT NULL,
  redeemed   BIGINT        NOT NULL,
  cashback   BIGINT        NOT NULL,
  shipped    INT           NOT NULL DEFAULT 0,
  delivered  INT           NOT NULL DEFAULT 0,
  returned   INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (order_id, line_no),
  CONSTRAINT fk_orders_line_order FOREIGN KEY (order_id) REFERENCES orders_order (id),
  CONSTRAINT ck_orders_line_units CHECK (shipped <= quantity AND delivered <= quantity AND returned <= quantity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_orders_line_id ON orders_line (order_id, line_id);

CREATE TABLE orders_payment (
  order_id BIGINT        NOT NULL,
  seq      INT           NOT NULL,
  method   VARCHAR(20)   NOT NULL,
  amount   DECIMAL(14,2) NOT NULL,
  PRIMARY KEY (order_id, seq),
  CONSTRAINT fk_orders_payment_order FOREIGN KEY (order_id) REFERENCES orders_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every state-changing call on an existing order, by the client's id (returnId, shipmentId, revisionId; the status
-- name for status changes): a repeat answers the stored response, other content under the same id is refused.
CREATE TABLE orders_operation (
  order_id    BIGINT      NOT NULL,
  kind        VARCHAR(20) NOT NULL,
  client_id   VARCHAR(64) NOT NULL,
  fingerprint CHAR(64)    NOT NULL,
  response    MEDIUMTEXT  NOT NULL,
  at          DATETIME(6) NOT NULL,
  created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (order_id, kind, client_id),
  CONSTRAINT fk_orders_operation_order FOREIGN KEY (order_id) REFERENCES orders_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Batches of an order shipped to a destination (B2B); points = the pending points of the batch's part.
CREATE TABLE orders_shipment (
  order_id     BIGINT       NOT NULL,
  shipment_id  VARCHAR(64)  NOT NULL,
  destination  VARCHAR(200) NOT NULL,
  shipped_at   DATETIME(6)  NOT NULL,
  delivered_at DATETIME(6)  NULL,
  points       BIGINT       NOT NULL,
  PRIMARY KEY (order_id, shipment_id),
  CONSTRAINT fk_orders_shipment_order FOREIGN KEY (order_id) REFERENCES orders_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE orders_shipment_line (
  order_id    BIGINT      NOT NULL,
  shipment_id VARCHAR(64) NOT NULL,
  line_id     VARCHAR(64) NOT NULL,
  quantity    INT         NOT NULL,
  PRIMARY KEY (order_id, shipment_id, line_id),
  CONSTRAINT fk_orders_shipment_line FOREIGN KEY (order_id, shipment_id) REFERENCES orders_shipment (order_id, shipment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE orders_return (
  order_id          BIGINT        NOT NULL,
  return_id         VARCHAR(64)   NOT NULL,
  at                DATETIME(6)   NOT NULL,
  amount            DECIMAL(14,2) NOT NULL,
  points_taken_back BIGINT        NOT NULL,
  points_given_back BIGINT        NOT NULL,
  PRIMARY KEY (order_id, return_id),
  CONSTRAINT fk_orders_return_order FOREIGN KEY (order_id) REFERENCES orders_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE orders_return_line (
  order_id  BIGINT      NOT NULL,
  return_id VARCHAR(64) NOT NULL,
  line_id   VARCHAR(64) NOT NULL,
  quantity  INT         NOT NULL,
  PRIMARY KEY (order_id, return_id, line_id),
  CONSTRAINT fk_orders_return_line FOREIGN KEY (order_id, return_id) REFERENCES orders_return (order_id, return_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Service-centre revisions: the lines before are kept in the calculation history of this table.
CREATE TABLE orders_revision (
  order_id        BIGINT        NOT NULL,
  revision_id     VARCHAR(64)   NOT NULL,
  reason          VARCHAR(200)  NOT NULL,
  at              DATETIME(6)   NOT NULL,
  total_before    DECIMAL(14,2) NOT NULL,
  total_after     DECIMAL(14,2) NOT NULL,
  cashback_before BIGINT        NOT NULL,
  cashback_after  BIGINT        NOT NULL,
  PRIMARY KEY (order_id, revision_id),
  CONSTRAINT fk_orders_revision_order FOREIGN KEY (order_id) REFERENCES orders_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the settlement must release and from when: a delivered order (points NULL = everything still pending), a
-- delivered batch (its points), or an order N hours after purchase. Open items are found by due time.
CREATE TABLE orders_settlement (
  id           BIGINT       NOT NULL,
  network_code VARCHAR(32)  NOT NULL,
  source_ref   VARCHAR(100) NOT NULL,
  order_id     BIGINT       NOT NULL,
  shipment_id  VARCHAR(64)  NULL,
  member_id    BIGINT       NOT NULL,
  points       BIGINT       NULL,
  due_at       DATETIME(6)  NOT NULL,
  is_open      BOOLEAN      NOT NULL DEFAULT TRUE,
  settled_at   DATETIME(6)  NULL,
  released     BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_orders_settlement_order FOREIGN KEY (order_id) REFERENCES orders_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_orders_settlement_due ON orders_settlement (is_open, due_at, id);
CREATE INDEX ix_orders_settlement_order ON orders_settlement (order_id);

-- One row per points account that has ordered: placing an order holds it, so the monthly cap and the balance an
-- order is calculated with cannot be raced by the same account's other orders.
CREATE TABLE orders_member_lock (
  member_id BIGINT NOT NULL,
  PRIMARY KEY (member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
