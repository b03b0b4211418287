package io.kopilka.identity;

import java.util.Locale;

/** What an integration's API key allows. */
public enum ApiScope {
    /** Customers and orders of the key's own network. */
    ORDERS,
    /** The operator endpoints: jobs, ledger checks, metrics. */
    OPERATOR;

    /** The scope's name in the API and in the key list, e.g. {@code orders}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
