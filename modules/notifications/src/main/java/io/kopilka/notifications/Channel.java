package io.kopilka.notifications;

/** How a message reaches the customer. */
public enum Channel {
    /** E-mail over SMTP. */
    EMAIL,
    /** SMS through the HTTP provider. */
    SMS,
    /** A push notification through the HTTP provider. */
    PUSH
}
