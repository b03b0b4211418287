package io.kopilka.customers;

/**
 * A merge of two people that the customers module refuses; nothing changed. The code is a message key:
 * {@code customer.merge.self} (a person into themselves), {@code customer.merge.alreadyMerged} (the duplicate was
 * merged before), {@code customer.merge.keptMerged} (the person kept was merged into someone else),
 * {@code customer.merge.otherCompany} (the duplicate buys for a company the person kept does not buy for),
 * {@code customer.merge.companyAdmin} (the duplicate is its company's admin buyer).
 */
public class MergeRefusedException extends RuntimeException {

    private final String code;

    /** A refusal with its message code. */
    public MergeRefusedException(String code) {
        super(code);
        this.code = code;
    }

    /** The message key saying why. */
    public String code() {
        return code;
    }
}
