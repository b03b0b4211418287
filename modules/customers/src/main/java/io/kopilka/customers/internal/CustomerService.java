package io.kopilka.customers.internal;

import static io.kopilka.db.Tables.COMPANY;
import static io.kopilka.db.Tables.CUSTOMER;

import io.kopilka.customers.Buyer;
import io.kopilka.customers.Company;
import io.kopilka.customers.Consents;
import io.kopilka.customers.CompanyId;
import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerCompany;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.CustomerNotFoundException;
import io.kopilka.customers.CustomerMerge;
import io.kopilka.customers.Customers;
import io.kopilka.customers.InvalidCustomerException;
import io.kopilka.customers.InvalidField;
import io.kopilka.customers.MergeRefusedException;
import io.kopilka.customers.NewCustomer;
import io.kopilka.customers.NextTier;
import io.kopilka.customers.NotCompanyAdminException;
import io.kopilka.customers.ProfileChange;
import io.kopilka.customers.PhoneAlreadyRegisteredException;
import io.kopilka.customers.Purchases;
import io.kopilka.customers.TierChange;
import io.kopilka.customers.TierChanged;
import io.kopilka.customers.UnknownTierException;
import io.kopilka.db.Ids;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierQualification;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jooq.Condition;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CustomerService implements Customers {

    /** A new random card number repeats an existing one about once in 10 000 registrations at a million cards. */
    private static final int CARD_NUMBER_ATTEMPTS = 5;

    static final int MAX_REASON_LENGTH = 64;

    private final CustomerRows rows;
    private final TierHistoryRows history;
    private final CustomerSearch searches;
    private final CompanySearch companySearches;
    private final Programme programme;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    CustomerService(CustomerRows rows, TierHistoryRows history, CustomerSearch searches,
                    CompanySearch companySearches, Programme programme, ApplicationEventPublisher events,
                    ObjectProvider<Clock> clock) {
        this.rows = rows;
        this.history = history;
        this.searches = searches;
        this.companySearches = companySearches;
        this.programme = programme;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional
    public Customer register(NewCustomer customer) {
        ValidRegistration person = RegistrationCheck.validate(customer, LocalDate.now(clock));
        TierNames tiers = tiers();
        // Cheap plain reads answer the common duplicate at once; the insert below settles races.
        refuseIfTaken(rows.findOne(CUSTOMER.PHONE.eq(person.phone()), tiers).map(Customer::customerId),
                person.email() == null ? Optional.empty()
                        : rows.findOne(CUSTOMER.EMAIL.eq(person.email()), tiers).map(Customer::customerId));
        Company company = person.company() == null ? null : rows.lockOrCreateCompany(person.company().inn(),
                person.company().kpp(), person.company().name());
        CustomerId id = new CustomerId(Ids.next());
        LocalDateTime now = LocalDateTime.now(clock);
        Tier lowest = tiers.lowest();
        String cardNumber = insert(id, person, lowest.code(), company, now);
        boolean admin = company != null && company.admin() == null;
        if (admin) {
            rows.makeAdmin(company.companyId(), id);
        }
        history.record(id, new TierChange(null, lowest.code(), TierChange.REGISTRATION, now));
        // Built from what was written, not read back: a plain read would use this transaction's snapshot, which may
        // predate the company a concurrent registration has just created.
        return new Customer(id, person.phone(), person.email(), person.firstName(), person.lastName(), person.birthDate(),
                person.consents(), cardNumber, tiers.view(lowest.code()), company == null ? null
                : new CustomerCompany(company.companyId(), company.inn(), company.name(), admin));
    }

    /** Inserts the person with a new card number and returns that number. */
    private String insert(CustomerId id, ValidRegistration person, String tierCode, @Nullable Company company,
                          LocalDateTime now) {
        Long companyId = company == null ? null : company.companyId().value();
        for (int attempt = 0; attempt < CARD_NUMBER_ATTEMPTS; attempt++) {
            String cardNumber = CardNumbers.next(random);
            if (rows.insertUnlessTaken(id.value(), person, cardNumber, tierCode, companyId, now)) {
                return cardNumber;
            }
            // Skipped: a concurrent registration took the phone or e-mail, or the card number is not new.
            refuseIfTaken(rows.lockByPhone(person.phone()),
                    person.email() == null ? Optional.empty() : rows.lockByEmail(person.email()));
        }
        throw new IllegalStateException("No unused card number after " + CARD_NUMBER_ATTEMPTS + " attempts");
    }

    private static void refuseIfTaken(Optional<CustomerId> phoneOwner, Optional<CustomerId> emailOwner) {
        if (phoneOwner.isPresent()) {
            throw new PhoneAlreadyRegisteredException(phoneOwner.get());
        }
        if (emailOwner.isPresent()) {
            throw new InvalidCustomerException(List.of(new InvalidField("email", "customer.email.taken")));
        }
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return rows.findOne(CUSTOMER.ID.eq(id.value()), tiers());
    }

    @Override
    public Optional<Customer> findByPhone(String phone) {
        return PhoneNumbers.normalize(phone).flatMap(stored -> current(CUSTOMER.PHONE.eq(stored)));
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return current(CUSTOMER.EMAIL.eq(EmailAddresses.lowerCase(email)));
    }

    @Override
    public Optional<Customer> findByCardNumber(String cardNumber) {
        String digits = CardNumbers.strip(cardNumber);
        if (!CardNumbers.isValid(digits)) {
            return Optional.empty();
        }
        return current(CUSTOMER.CARD_NUMBER.eq(digits));
    }

    @Override
    public Optional<Customer> findCurrent(CustomerId id) {
        return current(CUSTOMER.ID.eq(id.value()));
    }

    /** The matching person, or the person they were merged into (merges keep one hop: see {@link #merge}). */
    private Optional<Customer> current(Condition condition) {
        return rows.currentId(condition).flatMap(id -> rows.findOne(CUSTOMER.ID.eq(id), tiers()));
    }

    @Override
    public Optional<Customer> findRegistered(String phoneOrCard) {
        String digits = CardNumbers.strip(phoneOrCard);
        if (CardNumbers.isValid(digits)) {
            return rows.findOne(CUSTOMER.CARD_NUMBER.eq(digits), tiers());
        }
        return PhoneNumbers.normalize(phoneOrCard).flatMap(stored -> rows.findOne(CUSTOMER.PHONE.eq(stored), tiers()));
    }

    @Override
    public Optional<CustomerId> mergedInto(CustomerId id) {
        return rows.mergedInto(id);
    }

    @Override
    @Transactional
    public CustomerMerge merge(CustomerId kept, CustomerId duplicate, LocalDateTime at) {
        if (kept.equals(duplicate)) {
            throw new MergeRefusedException("customer.merge.self");
        }
        List<CustomerRows.MergeParty> parties = rows.lockForMerge(kept, duplicate);
        CustomerRows.MergeParty keptRow = parties.stream().filter(p -> p.id().equals(kept)).findFirst()
                .orElseThrow(() -> new CustomerNotFoundException(kept));
        CustomerRows.MergeParty duplicateRow = parties.stream().filter(p -> p.id().equals(duplicate)).findFirst()
                .orElseThrow(() -> new CustomerNotFoundException(duplicate));
        if (duplicateRow.mergedInto() != null) {
            throw new MergeRefusedException("customer.merge.alreadyMerged");
        }
        if (keptRow.mergedInto() != null) {
            throw new MergeRefusedException("customer.merge.keptMerged");
        }
        if (duplicateRow.companyId() != null && !duplicateRow.companyId().equals(keptRow.companyId())) {
            throw new MergeRefusedException("customer.merge.otherCompany");
        }
        if (duplicateRow.companyAdmin()) {
            throw new MergeRefusedException("customer.merge.companyAdmin");
        }
        rows.markMerged(duplicate, kept);
        TierNames tiers = tiers();
        String higher = tiers.rank(duplicateRow.tierCode()) > tiers.rank(keptRow.tierCode())
                ? duplicateRow.tierCode() : keptRow.tierCode();
        if (!higher.equals(keptRow.tierCode())) {
            assignTier(kept, higher, CustomerMerge.TIER_REASON, at);
        }
        return new CustomerMerge(kept, duplicate, keptRow.tierCode(), higher);
    }

    @Override
    public List<Customer> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A search needs a limit of at least 1, not " + limit);
        }
        return searches.search(query, Math.min(limit, MAX_SEARCH_RESULTS), tiers());
    }

    @Override
    public boolean isValidCardNumber(String cardNumber) {
        return CardNumbers.isValid(cardNumber);
    }

    @Override
    public Optional<Company> findCompany(CompanyId id) {
        return rows.findCompany(COMPANY.ID.eq(id.value()));
    }

    @Override
    public Optional<Company> findCompanyByInn(String inn) {
        return rows.findCompany(COMPANY.INN.eq(inn.strip()));
    }

    @Override
    public List<Company> searchCompanies(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A search needs a limit of at least 1, not " + limit);
        }
        return companySearches.search(query, Math.min(limit, MAX_SEARCH_RESULTS));
    }

    @Override
    public List<Customer> buyersOf(CompanyId company) {
        Condition isBuyer = CUSTOMER.COMPANY_ID.eq(company.value());
        return rows.fetch(rows.query(isBuyer, List.of(COMPANY.ADMIN_CUSTOMER_ID.eq(CUSTOMER.ID).desc(), CUSTOMER.ID),
                Integer.MAX_VALUE), tiers());
    }

    @Override
    @Transactional
    public boolean assignTier(CustomerId id, String tierCode, String reason, LocalDateTime at) {
        if (reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("A tier change needs a reason code of 1 to " + MAX_REASON_LENGTH + " characters");
        }
        TierNames tiers = tiers();
        Tier target = tiers.find(tierCode).orElseThrow(() -> new UnknownTierException(tierCode));
        String current = rows.lockTier(id).orElseThrow(() -> new CustomerNotFoundException(id));
        if (current.equals(target.code())) {
            return false;
        }
        rows.updateTier(id, target.code());
        history.record(id, new TierChange(current, target.code(), reason, at));
        events.publishEvent(new TierChanged(id, current, target.code(), target.rank() > tiers.rank(current), reason, at));
        return true;
    }

    @Override
    @Transactional
    public boolean recalculateTier(CustomerId id, Purchases purchases, LocalDateTime at) {
        TierQualification qualification = programme.policies().qualification();
        TierNames tiers = tiers();
        String current = rows.lockTier(id).orElseThrow(() -> new CustomerNotFoundException(id));
        boolean byCount = qualification.model() == TierQualification.Model.PURCHASE_COUNT_FOR_LIFE;
        BigDecimal measure = byCount ? BigDecimal.valueOf(purchases.countForLife()) : purchases.sumInWindow();
        Tier reached = tiers.reachedWith(measure);
        if (byCount && reached.rank() < tiers.rank(current)) {
            return false; // a tier reached by purchase count is kept for life
        }
        return assignTier(id, reached.code(), byCount ? "PURCHASE_COUNT" : "PURCHASES_IN_WINDOW", at);
    }

    @Override
    @Transactional
    public int recalculateTiers(java.util.Map<CustomerId, Purchases> purchases, LocalDateTime at) {
        if (purchases.isEmpty()) {
            return 0;
        }
        TierQualification qualification = programme.policies().qualification();
        boolean byCount = qualification.model() == TierQualification.Model.PURCHASE_COUNT_FOR_LIFE;
        TierNames tiers = tiers();
        int changed = 0;
        for (var current : rows.tiersOf(purchases.keySet()).entrySet()) {
            Purchases bought = purchases.get(current.getKey());
            Tier reached = tiers.reachedWith(byCount ? BigDecimal.valueOf(bought.countForLife()) : bought.sumInWindow());
            boolean change = byCount ? reached.rank() > tiers.rank(current.getValue())
                    : !reached.code().equals(current.getValue());
            // Only the few who change are locked and written, one by one, through the single-person rule.
            if (change && recalculateTier(current.getKey(), bought, at)) {
                changed++;
            }
        }
        return changed;
    }

    @Override
    public List<CustomerId> customerIdsAfter(long afterId, int limit) {
        return rows.idsAfter(afterId, limit);
    }

    @Override
    public long count() {
        return rows.count();
    }

    @Override
    public List<TierChange> tierHistory(CustomerId id) {
        return history.of(id);
    }

    @Override
    public Optional<NextTier> progressToNextTier(CustomerId id, BigDecimal purchasesInWindow) {
        TierNames tiers = tiers();
        Customer customer = rows.findOne(CUSTOMER.ID.eq(id.value()), tiers).orElseThrow(() -> new CustomerNotFoundException(id));
        // Returns may make a window's net purchases negative; they never count as more than nothing bought.
        BigDecimal bought = purchasesInWindow.max(BigDecimal.ZERO);
        return tiers.above(customer.tier().code()).map(next -> new NextTier(next.code(), next.name(),
                next.qualifyingPurchases().subtract(bought).max(BigDecimal.ZERO)));
    }

    @Override
    @Transactional
    public Customer updateProfile(CustomerId id, ProfileChange change) {
        TierNames tiers = tiers();
        Customer current = rows.findOne(CUSTOMER.ID.eq(id.value()), tiers)
                .orElseThrow(() -> new CustomerNotFoundException(id));
        ValidRegistration profile = RegistrationCheck.validateProfile(current.phone(), change, LocalDate.now(clock));
        if (profile.email() != null && rows.lockByEmail(profile.email()).filter(owner -> !owner.equals(id)).isPresent()) {
            throw new InvalidCustomerException(List.of(new InvalidField("email", "customer.email.taken")));
        }
        try {
            rows.updateProfile(id, profile);
        } catch (DuplicateKeyException taken) {
            throw new InvalidCustomerException(List.of(new InvalidField("email", "customer.email.taken")));
        }
        return rows.findOne(CUSTOMER.ID.eq(id.value()), tiers).orElseThrow();
    }

    @Override
    public List<Buyer> companyBuyers(CompanyId company) {
        return rows.buyersOf(company, tiers());
    }

    @Override
    @Transactional
    public Customer inviteBuyer(CustomerId admin, String phone, @Nullable String firstName, @Nullable String lastName) {
        Company company = companyAdministeredBy(admin);
        ValidRegistration person = RegistrationCheck.validate(new NewCustomer(phone, null, firstName, lastName, null,
                Consents.none(), null), LocalDate.now(clock));
        TierNames tiers = tiers();
        Optional<Customer> existing = rows.findOne(CUSTOMER.PHONE.eq(person.phone()), tiers);
        if (existing.isPresent()) {
            boolean buyer = rows.lockBuyer(existing.get().customerId())
                    .map(row -> row.get(CUSTOMER.COMPANY_ID) != null).orElse(false);
            throw new InvalidCustomerException(List.of(new InvalidField("phone",
                    buyer ? "customer.phone.buyer" : "customer.phone.registered")));
        }
        CustomerId id = new CustomerId(Ids.next());
        LocalDateTime now = LocalDateTime.now(clock);
        Tier lowest = tiers.lowest();
        String cardNumber;
        try {
            cardNumber = insert(id, person, lowest.code(), company, now);
        } catch (PhoneAlreadyRegisteredException raced) {
            throw new InvalidCustomerException(List.of(new InvalidField("phone", "customer.phone.registered")));
        }
        history.record(id, new TierChange(null, lowest.code(), TierChange.REGISTRATION, now));
        return new Customer(id, person.phone(), null, person.firstName(), person.lastName(), null, Consents.none(),
                cardNumber, tiers.view(lowest.code()),
                new CustomerCompany(company.companyId(), company.inn(), company.name(), false));
    }

    @Override
    @Transactional
    public Buyer setBuyerEnabled(CustomerId admin, CustomerId buyer, boolean enabled) {
        Company company = companyAdministeredBy(admin);
        if (admin.equals(buyer)) {
            throw new NotCompanyAdminException(admin);
        }
        Long buyersCompany = rows.lockBuyer(buyer).map(row -> row.get(CUSTOMER.COMPANY_ID)).orElse(null);
        if (!Long.valueOf(company.companyId().value()).equals(buyersCompany)) {
            throw new NotCompanyAdminException(admin);
        }
        rows.setBuyerEnabled(buyer, enabled);
        return rows.buyersOf(company.companyId(), tiers()).stream()
                .filter(b -> b.customer().customerId().equals(buyer)).findFirst().orElseThrow();
    }

    /** The company whose enabled admin buyer this person is, locked so buyer changes queue up. */
    private Company companyAdministeredBy(CustomerId admin) {
        Record row = rows.lockBuyer(admin).orElseThrow(() -> new NotCompanyAdminException(admin));
        Long companyId = row.get(CUSTOMER.COMPANY_ID);
        if (companyId == null || !row.get(CUSTOMER.BUYER_ENABLED)) {
            throw new NotCompanyAdminException(admin);
        }
        return rows.findCompany(COMPANY.ID.eq(companyId))
                .filter(company -> admin.equals(company.admin()))
                .orElseThrow(() -> new NotCompanyAdminException(admin));
    }

    private TierNames tiers() {
        return TierNames.of(programme.tiers());
    }
}
