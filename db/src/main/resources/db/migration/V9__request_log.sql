-- The request log for support: every call of the processing API with its integration, the order and customer it
-- concerned, the answer's status, how long it took and both bodies. Personal data in the bodies and the query string
-- is masked before it is written (the phone keeps its last digits: +7*******01) and each body is cut at 16 KB.
-- Rows are written in batches by a background writer (a crash may lose the last fraction of a second: this is a
-- support log, not the ledger) and deleted after kopilka.request-log.retention-days by an hourly purge.
CREATE TABLE api_call (
  id                BIGINT        NOT NULL,
  received_at       DATETIME(6)   NOT NULL,
  integration       VARCHAR(100)  NULL,     -- the API key's integration; NULL when the call had no or an unknown key
  network           VARCHAR(32)   NULL,     -- the key's network; NULL for operator keys and unknown callers
  method            VARCHAR(10)   NOT NULL,
  path              VARCHAR(2000) NOT NULL, -- with the (masked) query string
  order_external_id VARCHAR(100)  NULL,
  customer_id       BIGINT        NULL,
  status            SMALLINT      NOT NULL,
  duration_ms       INT           NOT NULL,
  request_body      MEDIUMTEXT    NULL,
  response_body     MEDIUMTEXT    NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Newest first over a period; the purge deletes by received_at through the same index.
CREATE INDEX ix_api_call_received ON api_call (received_at, id);
CREATE INDEX ix_api_call_network ON api_call (network, received_at);
CREATE INDEX ix_api_call_order ON api_call (order_external_id, received_at);
CREATE INDEX ix_api_call_customer ON api_call (customer_id, received_at);
