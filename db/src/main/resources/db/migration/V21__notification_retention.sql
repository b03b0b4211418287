-- The outbox keeps what customers were told for kopilka.notifications.retention-days (730 by default,
-- docs/notifications.md); the nightly clean-up deletes older finished messages by their creation time in chunks.
CREATE INDEX ix_notification_message_created ON notification_message (created_at);
