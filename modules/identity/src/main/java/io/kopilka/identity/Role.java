package io.kopilka.identity;

/** What a signed-in person may do in the portal. */
public enum Role {
    /** A customer in their own cabinet. */
    CUSTOMER,
    /** A buyer of a company customer, in the company's cabinet. */
    B2B_BUYER,
    /** Shop or service-centre staff who look customers up and read their history. */
    CONSULTANT,
    /** Staff who run promotions and segments and read reports. */
    MARKETER,
    /** Staff who set the programme, staff users, manual adjustments and jobs. */
    ADMIN,
    /** Staff who approve payouts and watch settlement. */
    FINANCE;

    /** Whether this role belongs to staff, who use the back office. */
    public boolean isStaff() {
        return this == CONSULTANT || this == MARKETER || this == ADMIN || this == FINANCE;
    }
}
