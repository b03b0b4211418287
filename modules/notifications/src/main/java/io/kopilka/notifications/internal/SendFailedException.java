package io.kopilka.notifications.internal;

/** A channel did not accept a message: the SMTP server or the provider refused it, or could not be reached. */
class SendFailedException extends Exception {

    SendFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    SendFailedException(String message) {
        super(message);
    }
}
