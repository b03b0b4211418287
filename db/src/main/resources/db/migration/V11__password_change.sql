-- Initial passwords must be changed at first sign-in (docs/adr/0012-initial-passwords.md): an account whose password
-- someone else chose (an invited buyer, a staff user created by an administrator) is marked until its owner sets one.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
