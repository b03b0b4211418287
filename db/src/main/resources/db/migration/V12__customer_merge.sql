-- Merging two registrations of one person (docs/adr/0013-merging-customers.md): the duplicate keeps its row, phone,
-- e-mail and card, and names the person kept, so lookups by its phone, e-mail or card find the person kept.
ALTER TABLE customer ADD COLUMN merged_into BIGINT NULL;
ALTER TABLE customer ADD CONSTRAINT fk_customer_merged_into FOREIGN KEY (merged_into) REFERENCES customer (id);
-- A later merge of the person kept re-points the people merged into them, found by this index.
CREATE INDEX ix_customer_merged_into ON customer (merged_into);
