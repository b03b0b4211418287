package io.kopilka.customers;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** People and companies of the programme: registration, lookup, consultants' search, tiers and their history. */
public interface Customers {

    /** The most results {@link #search(String, int)} returns, whatever limit is asked for. */
    int MAX_SEARCH_RESULTS = 50;

    /**
     * Registers a person with the programme's lowest tier and a new card number, joining the company with the given
     * INN or creating it (the first buyer becomes its admin).
     *
     * @throws InvalidCustomerException listing every invalid field with its message code
     * @throws PhoneAlreadyRegisteredException naming the person who already has the phone
     */
    Customer register(NewCustomer customer);

    /** The person with this id. */
    Optional<Customer> find(CustomerId id);

    /**
     * The person with this phone, typed in any common form ("8 (999) 000-00-01", "+7 999 000 00 01", "9990000001");
     * the phone of a person merged into another finds the person kept.
     */
    Optional<Customer> findByPhone(String phone);

    /** The person with this e-mail, whatever its letter case; the e-mail of a merged person finds the person kept. */
    Optional<Customer> findByEmail(String email);

    /**
     * The person with this card number; spaces are ignored, a number with a wrong check digit finds no one; the card
     * of a merged person finds the person kept.
     */
    Optional<Customer> findByCardNumber(String cardNumber);

    /** The person with this id, or the person kept when they were merged into another. */
    Optional<Customer> findCurrent(CustomerId id);

    /**
     * The person registered with this phone (any common form) or card number, even when merged into another: the
     * start of a merge, where a merged duplicate must be told apart from the person kept.
     */
    Optional<Customer> findRegistered(String phoneOrCard);

    /** The person this one was merged into; empty when they were not merged. */
    Optional<CustomerId> mergedInto(CustomerId id);

    /**
     * Marks the duplicate as merged into the kept person: lookups by the duplicate's phone, e-mail or card then find
     * the kept person (as do the people merged into the duplicate before), and the kept person's tier becomes the
     * higher of the two (recorded with the reason {@link CustomerMerge#TIER_REASON}). Both rows are locked in id order.
     * Points, orders and the sign-in account are the callers' to move (other modules).
     *
     * @throws MergeRefusedException saying why the two cannot be merged
     * @throws CustomerNotFoundException when either is unknown
     */
    CustomerMerge merge(CustomerId kept, CustomerId duplicate, LocalDateTime at);

    /**
     * People whose phone, card number or e-mail starts with the query, or whose surname and/or first name start with
     * its words; at most {@code limit} (capped at {@link #MAX_SEARCH_RESULTS}), each one once.
     */
    List<Customer> search(String query, int limit);

    /** Whether the text is a card number of the programme's format: 13 digits with a valid EAN-13 check digit. */
    boolean isValidCardNumber(String cardNumber);

    /** The company with this id. */
    Optional<Company> findCompany(CompanyId id);

    /** The company with this INN. */
    Optional<Company> findCompanyByInn(String inn);

    /**
     * Companies whose INN starts with the query (digits), or whose name starts with it, or whose name has words
     * starting with each of its words (of three letters or more); at most {@code limit} (capped at
     * {@link #MAX_SEARCH_RESULTS}), each one once, name-prefix matches first.
     */
    List<Company> searchCompanies(String query, int limit);

    /** The people buying for the company, the admin first. */
    List<Customer> buyersOf(CompanyId company);

    /**
     * Gives the person the tier, recording the change in the tier history and publishing {@link TierChanged};
     * does nothing when the person already has it.
     *
     * @param reason a code saying why, e.g. {@code PURCHASES_IN_WINDOW} or {@code MANUAL}
     * @param at when the change takes effect (UTC)
     * @return whether the tier changed
     * @throws UnknownTierException when the programme has no such tier
     * @throws CustomerNotFoundException when there is no such person
     */
    boolean assignTier(CustomerId id, String tierCode, String reason, LocalDateTime at);

    /**
     * Puts the customer in the tier their purchases reach under the programme's qualification model: by the sum in
     * the window (up or down, reason {@code PURCHASES_IN_WINDOW}), or by the purchase count, never down (reason
     * {@code PURCHASE_COUNT}); called on each purchase and by the tiers job. Returns whether the tier changed.
     */
    boolean recalculateTier(CustomerId id, Purchases purchases, LocalDateTime at);

    /**
     * Puts each person of a chunk in the tier their purchases reach, like {@link #recalculateTier} one by one, but
     * reading the chunk's tiers in one statement and touching only the people whose tier changes; for the tiers job.
     * Returns how many changed.
     */
    int recalculateTiers(java.util.Map<CustomerId, Purchases> purchases, LocalDateTime at);

    /** The ids of up to {@code limit} people after {@code afterId}, in id order (0 for the first chunk); for the jobs. */
    List<CustomerId> customerIdsAfter(long afterId, int limit);

    /** How many people there are. */
    long count();

    /** The person's tiers, newest first, starting from the one given at registration. */
    List<TierChange> tierHistory(CustomerId id);

    /**
     * The tier above the person's current one and the purchases still missing to reach it, given their purchases in
     * the qualification window; empty when the person has the highest tier.
     *
     * @throws CustomerNotFoundException when there is no such person
     */
    Optional<NextTier> progressToNextTier(CustomerId id, BigDecimal purchasesInWindow);

    /**
     * Changes the person's names, e-mail, birth date and consents, checked like a registration; phone, card and
     * company stay as they are.
     *
     * @throws InvalidCustomerException listing every invalid field (codes as in {@link #register})
     * @throws CustomerNotFoundException when there is no such person
     */
    Customer updateProfile(CustomerId id, ProfileChange change);

    /** The people buying for the company, the admin first, each with whether they are enabled. */
    List<Buyer> companyBuyers(CompanyId company);

    /**
     * Registers a new person as a buyer of the admin's company (never its admin), with the lowest tier and a card.
     * A phone that already belongs to a person is refused with the field code {@code customer.phone.registered}
     * (a customer without a company) or {@code customer.phone.buyer} (a buyer of a company).
     *
     * @throws NotCompanyAdminException when {@code admin} is not an enabled company admin buyer
     * @throws InvalidCustomerException listing every invalid field
     */
    Customer inviteBuyer(CustomerId admin, String phone, @Nullable String firstName, @Nullable String lastName);

    /**
     * Lets a buyer of the admin's company buy for it again, or stops them: a disabled buyer no longer sees the
     * company ({@link Customer#company()} is empty). The admin cannot disable themselves.
     *
     * @throws NotCompanyAdminException when {@code admin} is not the admin of the buyer's company, or names themselves
     */
    Buyer setBuyerEnabled(CustomerId admin, CustomerId buyer, boolean enabled);
}
