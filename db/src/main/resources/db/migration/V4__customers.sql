-- People and companies (legal entities) of the programme, and the history of people's tiers.
-- Rules behind the columns (phone form, card number, INN): docs/adr/0007-customers-and-cards.md.

-- A person. phone is stored normalised (+7XXXXXXXXXX), email lower-cased, card_number as 13 EAN-13 digits.
-- tier_code names a tier of the programme module; it is checked through the Programme API, not by a foreign key,
-- because the tier table belongs to another module.
CREATE TABLE customer (
  id            BIGINT       NOT NULL,
  phone         VARCHAR(16)  NOT NULL,
  email         VARCHAR(254) NULL,
  first_name    VARCHAR(100) NULL,
  last_name     VARCHAR(100) NULL,
  birth_date    DATE         NULL,
  card_number   CHAR(13)     NOT NULL,
  consent_email BOOLEAN      NOT NULL DEFAULT FALSE,
  consent_sms   BOOLEAN      NOT NULL DEFAULT FALSE,
  consent_push  BOOLEAN      NOT NULL DEFAULT FALSE,
  tier_code     VARCHAR(32)  NOT NULL,
  company_id    BIGINT       NULL,
  registered_at DATETIME(6)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Lookups by each key and the consultants' prefix search (LIKE 'prefix%') run on these unique indexes.
CREATE UNIQUE INDEX ux_customer_phone ON customer (phone);
-- Several NULLs are allowed in a unique index: the e-mail is unique only when present.
CREATE UNIQUE INDEX ux_customer_email ON customer (email);
CREATE UNIQUE INDEX ux_customer_card ON customer (card_number);
-- Search by name: "surname", "surname name" and "name surname" use the first index, a lone first name the second.
CREATE INDEX ix_customer_last_first_name ON customer (last_name, first_name);
CREATE INDEX ix_customer_first_name ON customer (first_name);
CREATE INDEX ix_customer_company ON customer (company_id);

-- A legal entity whose points belong to it (its id is its ledger member id). INN is 10 digits for an organisation,
-- 12 for an individual entrepreneur; KPP (9 characters) exists for organisations only. The admin is one of its buyers.
CREATE TABLE company (
  id                BIGINT       NOT NULL,
  inn               VARCHAR(12)  NOT NULL,
  kpp               CHAR(9)      NULL,
  name              VARCHAR(300) NOT NULL,
  admin_customer_id BIGINT       NULL,
  created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT fk_company_admin FOREIGN KEY (admin_customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX ux_company_inn ON company (inn);
CREATE INDEX ix_company_admin ON company (admin_customer_id);

ALTER TABLE customer ADD CONSTRAINT fk_customer_company FOREIGN KEY (company_id) REFERENCES company (id);

-- Every tier a person has had: from_tier is NULL for the tier given at registration.
CREATE TABLE customer_tier_change (
  id          BIGINT      NOT NULL,
  customer_id BIGINT      NOT NULL,
  from_tier   VARCHAR(32) NULL,
  to_tier     VARCHAR(32) NOT NULL,
  reason      VARCHAR(64) NOT NULL,
  changed_at  DATETIME(6) NOT NULL,
  created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT fk_customer_tier_change_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- A person's history newest first.
CREATE INDEX ix_customer_tier_change_customer ON customer_tier_change (customer_id, changed_at, id);
