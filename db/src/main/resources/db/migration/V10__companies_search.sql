-- Staff find a company by INN (ux_company_inn, V4), by the start of its name, or by the start of any word of its
-- name ("Ромашка" finds «ООО "Ромашка"»). Rules: docs/adr/0007-customers-and-cards.md, "Search".
-- The name prefix is a B-tree range read in name order, so LIMIT stops it early.
CREATE INDEX ix_company_name ON company (name);
-- Words anywhere in the name: a B-tree cannot serve them, a full-text index can (MATCH … AGAINST in boolean mode
-- with word* prefixes); it indexes words of at least innodb_ft_min_token_size (3) characters.
CREATE FULLTEXT INDEX ft_company_name ON company (name);
