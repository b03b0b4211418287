package io.kopilka.web.security;

import java.util.EnumSet;
import java.util.Set;

/** Who knocks: nobody, each kind of signed-in person, and each API key of the demo programme. */
enum Principal {

    ANONYMOUS(Kind.NOBODY),
    CUSTOMER(Kind.PERSON),
    ANOTHER_CUSTOMER(Kind.PERSON),
    /** A buyer (not the admin) of one company. */
    BUYER(Kind.PERSON),
    /** The admin buyer of another company than {@link #BUYER}'s. */
    ANOTHER_COMPANY_ADMIN(Kind.PERSON),
    CONSULTANT(Kind.PERSON),
    MARKETER(Kind.PERSON),
    ADMIN(Kind.PERSON),
    FINANCE(Kind.PERSON),
    GADGETS_KEY(Kind.KEY),
    HOME_KEY(Kind.KEY),
    SERVICE_KEY(Kind.KEY),
    BUSINESS_KEY(Kind.KEY),
    OPERATOR_KEY(Kind.KEY);

    /** How the principal proves who it is. */
    enum Kind { NOBODY, PERSON, KEY }

    static final Set<Principal> EVERYONE = EnumSet.allOf(Principal.class);
    static final Set<Principal> CUSTOMERS = EnumSet.of(CUSTOMER, ANOTHER_CUSTOMER);
    static final Set<Principal> BUYERS = EnumSet.of(BUYER, ANOTHER_COMPANY_ADMIN);
    static final Set<Principal> STAFF = EnumSet.of(CONSULTANT, MARKETER, ADMIN, FINANCE);
    static final Set<Principal> PEOPLE = EnumSet.range(CUSTOMER, FINANCE);
    static final Set<Principal> ORDER_KEYS = EnumSet.of(GADGETS_KEY, HOME_KEY, SERVICE_KEY, BUSINESS_KEY);
    static final Set<Principal> KEYS = EnumSet.range(GADGETS_KEY, OPERATOR_KEY);

    final Kind kind;

    Principal(Kind kind) {
        this.kind = kind;
    }

    boolean signedIn() {
        return kind == Kind.PERSON;
    }

    /** The principal whose objects this one must never reach: the other customer, company or network. */
    Principal rival() {
        return switch (this) {
            case CUSTOMER -> ANOTHER_CUSTOMER;
            case ANOTHER_CUSTOMER -> CUSTOMER;
            case BUYER -> ANOTHER_COMPANY_ADMIN;
            case ANOTHER_COMPANY_ADMIN -> BUYER;
            case GADGETS_KEY -> HOME_KEY;
            case HOME_KEY -> SERVICE_KEY;
            case SERVICE_KEY -> BUSINESS_KEY;
            case BUSINESS_KEY -> GADGETS_KEY;
            default -> throw new IllegalArgumentException(this + " owns nothing of its own");
        };
    }

    /** The network of an orders key. */
    String network() {
        return switch (this) {
            case GADGETS_KEY -> "gadgets";
            case HOME_KEY -> "home";
            case SERVICE_KEY -> "service";
            case BUSINESS_KEY -> "business";
            default -> throw new IllegalArgumentException(this + " has no network");
        };
    }
}
