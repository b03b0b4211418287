package io.kopilka.customers;

/** Whether a person agreed to be contacted by e-mail, SMS and push messages. */
public record Consents(boolean email, boolean sms, boolean push) {

    /** No consent to any channel. */
    public static Consents none() {
        return new Consents(false, false, false);
    }
}
