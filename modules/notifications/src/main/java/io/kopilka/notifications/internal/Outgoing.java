package io.kopilka.notifications.internal;

import io.kopilka.notifications.Channel;

/** A rendered message on its way to a channel, with the id the receiving side may drop a duplicate by. */
record Outgoing(long messageId, Channel channel, String recipient, String subject, String text) {
}
