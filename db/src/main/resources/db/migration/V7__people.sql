-- People (issue #4): a company admin can disable a buyer; a disabled buyer no longer sees the company.
-- Their sign-in account is disabled too (identity's user_account.enabled); this flag keeps the company side honest
-- even for a buyer who signs in some other way later.
ALTER TABLE customer ADD COLUMN buyer_enabled BOOLEAN NOT NULL DEFAULT TRUE;
