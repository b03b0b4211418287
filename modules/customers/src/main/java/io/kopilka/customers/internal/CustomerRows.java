package io.kopilka.customers.internal;

import static io.kopilka.db.Tables.COMPANY;
import static io.kopilka.db.Tables.CUSTOMER;
import static org.jooq.impl.DSL.coalesce;

import io.kopilka.customers.Buyer;
import io.kopilka.customers.Company;
import io.kopilka.customers.CompanyId;
import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerCompany;
import io.kopilka.customers.CustomerId;
import io.kopilka.db.Ids;
import io.kopilka.db.tables.records.CompanyRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The customer and company tables; callers hold the transaction. */
@Repository
class CustomerRows {

    private static final List<SelectField<?>> CUSTOMER_FIELDS = List.of(CUSTOMER.ID, CUSTOMER.PHONE, CUSTOMER.EMAIL,
            CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME, CUSTOMER.BIRTH_DATE, CUSTOMER.CONSENT_EMAIL, CUSTOMER.CONSENT_SMS,
            CUSTOMER.CONSENT_PUSH, CUSTOMER.CARD_NUMBER, CUSTOMER.TIER_CODE, CUSTOMER.BUYER_ENABLED, COMPANY.ID, COMPANY.INN, COMPANY.NAME,
            COMPANY.ADMIN_CUSTOMER_ID);

    private final DSLContext db;

    CustomerRows(DSLContext db) {
        this.db = db;
    }

    /** The people matching the condition, in the given order, at most {@code limit}. */
    ResultQuery<Record> query(Condition condition, List<? extends OrderField<?>> order, int limit) {
        return query(db, condition, order, limit);
    }

    /** The same query on another database, such as the replica the consultants' search reads. */
    static ResultQuery<Record> query(DSLContext db, Condition condition, List<? extends OrderField<?>> order, int limit) {
        return db.select(CUSTOMER_FIELDS)
                .from(CUSTOMER.leftJoin(COMPANY).on(COMPANY.ID.eq(CUSTOMER.COMPANY_ID)))
                .where(condition)
                .orderBy(order)
                .limit(limit);
    }

    Optional<Customer> findOne(Condition condition, TierNames tiers) {
        return query(condition, List.of(), 1).fetchOptional(row -> toCustomer(row, tiers));
    }

    List<Customer> fetch(ResultQuery<Record> query, TierNames tiers) {
        return query.fetch(row -> toCustomer(row, tiers));
    }

    /** Inserts a person unless the phone, e-mail or card number is taken; returns whether the row was written. */
    boolean insertUnlessTaken(long id, ValidRegistration person, String cardNumber, String tierCode,
                              @Nullable Long companyId, LocalDateTime at) {
        // INSERT IGNORE waits for a concurrent insert of the same key and then skips instead of failing the transaction.
        return db.insertInto(CUSTOMER)
                .set(CUSTOMER.ID, id)
                .set(CUSTOMER.PHONE, person.phone())
                .set(CUSTOMER.EMAIL, person.email())
                .set(CUSTOMER.FIRST_NAME, person.firstName())
                .set(CUSTOMER.LAST_NAME, person.lastName())
                .set(CUSTOMER.BIRTH_DATE, person.birthDate())
                .set(CUSTOMER.CARD_NUMBER, cardNumber)
                .set(CUSTOMER.CONSENT_EMAIL, person.consents().email())
                .set(CUSTOMER.CONSENT_SMS, person.consents().sms())
                .set(CUSTOMER.CONSENT_PUSH, person.consents().push())
                .set(CUSTOMER.TIER_CODE, tierCode)
                .set(CUSTOMER.COMPANY_ID, companyId)
                .set(CUSTOMER.REGISTERED_AT, at)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    /** The id of the person with the stored-form phone, read from the latest committed data (a locking read). */
    Optional<CustomerId> lockByPhone(String phone) {
        return lockedIdWhere(CUSTOMER.PHONE.eq(phone));
    }

    /** The id of the person with the stored-form e-mail, read from the latest committed data (a locking read). */
    Optional<CustomerId> lockByEmail(String email) {
        return lockedIdWhere(CUSTOMER.EMAIL.eq(email));
    }

    private Optional<CustomerId> lockedIdWhere(Condition condition) {
        // A plain read would see this transaction's snapshot, which may predate the concurrent insert that made ours skip.
        return db.select(CUSTOMER.ID).from(CUSTOMER).where(condition).forUpdate()
                .fetchOptional(CUSTOMER.ID).map(CustomerId::new);
    }

    /** The id the matching person goes by now: their own, or that of the person they were merged into. */
    Optional<Long> currentId(Condition condition) {
        return db.select(coalesce(CUSTOMER.MERGED_INTO, CUSTOMER.ID)).from(CUSTOMER).where(condition)
                .fetchOptional(0, Long.class);
    }

    Optional<CustomerId> mergedInto(CustomerId id) {
        return db.select(CUSTOMER.MERGED_INTO).from(CUSTOMER).where(CUSTOMER.ID.eq(id.value()))
                .fetchOptional(CUSTOMER.MERGED_INTO).map(CustomerId::new);
    }

    /** What a merge checks of one person, read under the row's lock. */
    record MergeParty(CustomerId id, String tierCode, @Nullable Long companyId, @Nullable Long mergedInto,
                      boolean companyAdmin) {
    }

    /** Locks both people's rows in id order (so two merges of the same people cannot deadlock) and reads them. */
    List<MergeParty> lockForMerge(CustomerId a, CustomerId b) {
        return db.select(CUSTOMER.ID, CUSTOMER.TIER_CODE, CUSTOMER.COMPANY_ID, CUSTOMER.MERGED_INTO)
                .from(CUSTOMER)
                .where(CUSTOMER.ID.in(a.value(), b.value()))
                .orderBy(CUSTOMER.ID)
                .forUpdate()
                .fetch(row -> new MergeParty(new CustomerId(row.value1()), row.value2(), row.value3(), row.value4(),
                        row.value3() != null && db.fetchExists(COMPANY, COMPANY.ID.eq(row.value3()),
                                COMPANY.ADMIN_CUSTOMER_ID.eq(row.value1()))));
    }

    /** Marks the duplicate merged into the kept person, and re-points the people merged into the duplicate before. */
    void markMerged(CustomerId duplicate, CustomerId kept) {
        db.update(CUSTOMER).set(CUSTOMER.MERGED_INTO, kept.value())
                .where(CUSTOMER.ID.eq(duplicate.value()).or(CUSTOMER.MERGED_INTO.eq(duplicate.value())))
                .execute();
    }

    /** The person's tier code, locking the row so concurrent tier changes queue up. */
    Optional<String> lockTier(CustomerId id) {
        return db.select(CUSTOMER.TIER_CODE).from(CUSTOMER).where(CUSTOMER.ID.eq(id.value())).forUpdate()
                .fetchOptional(CUSTOMER.TIER_CODE);
    }

    /** The people's tier codes (one statement, no locks). */
    java.util.Map<CustomerId, String> tiersOf(java.util.Collection<CustomerId> ids) {
        java.util.Map<CustomerId, String> tiers = new java.util.LinkedHashMap<>();
        db.select(CUSTOMER.ID, CUSTOMER.TIER_CODE).from(CUSTOMER)
                .where(CUSTOMER.ID.in(ids.stream().map(CustomerId::value).toList())).orderBy(CUSTOMER.ID)
                .forEach(r -> tiers.put(new CustomerId(r.value1()), r.value2()));
        return tiers;
    }

    List<CustomerId> idsAfter(long afterId, int limit) {
        return db.select(CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.ID.gt(afterId)).orderBy(CUSTOMER.ID).limit(limit)
                .fetch(r -> new CustomerId(r.value1()));
    }

    long count() {
        return db.fetchCount(CUSTOMER);
    }

    void updateTier(CustomerId id, String tierCode) {
        db.update(CUSTOMER).set(CUSTOMER.TIER_CODE, tierCode).where(CUSTOMER.ID.eq(id.value())).execute();
    }

    /** The company with the INN, created with the given KPP and name if new, locked until the transaction ends. */
    Company lockOrCreateCompany(String inn, @Nullable String kpp, String name) {
        db.insertInto(COMPANY)
                .set(COMPANY.ID, Ids.next())
                .set(COMPANY.INN, inn)
                .set(COMPANY.KPP, kpp)
                .set(COMPANY.NAME, name)
                .onDuplicateKeyIgnore()
                .execute();
        // Locking serialises buyers joining the same company, so exactly one of them becomes its admin.
        return toCompany(db.selectFrom(COMPANY).where(COMPANY.INN.eq(inn)).forUpdate().fetchSingle());
    }

    /** The people of the company, the admin first, with whether each is enabled. */
    List<Buyer> buyersOf(CompanyId company, TierNames tiers) {
        return query(CUSTOMER.COMPANY_ID.eq(company.value()),
                List.of(COMPANY.ADMIN_CUSTOMER_ID.eq(CUSTOMER.ID).desc(), CUSTOMER.ID), Integer.MAX_VALUE)
                .fetch(row -> new Buyer(toCustomer(row, tiers),
                        Objects.equals(row.get(COMPANY.ADMIN_CUSTOMER_ID), row.get(CUSTOMER.ID)),
                        row.get(CUSTOMER.BUYER_ENABLED)));
    }

    /** The company id and enabled flag of the person, locking their row. */
    Optional<Record> lockBuyer(CustomerId id) {
        return db.select(CUSTOMER.COMPANY_ID, CUSTOMER.BUYER_ENABLED).from(CUSTOMER).where(CUSTOMER.ID.eq(id.value()))
                .forUpdate().fetchOptional().map(Record.class::cast);
    }

    void setBuyerEnabled(CustomerId id, boolean enabled) {
        db.update(CUSTOMER).set(CUSTOMER.BUYER_ENABLED, enabled).where(CUSTOMER.ID.eq(id.value())).execute();
    }

    /** Writes the person's profile fields; returns whether a row was there. */
    boolean updateProfile(CustomerId id, ValidRegistration profile) {
        return db.update(CUSTOMER)
                .set(CUSTOMER.FIRST_NAME, profile.firstName())
                .set(CUSTOMER.LAST_NAME, profile.lastName())
                .set(CUSTOMER.EMAIL, profile.email())
                .set(CUSTOMER.BIRTH_DATE, profile.birthDate())
                .set(CUSTOMER.CONSENT_EMAIL, profile.consents().email())
                .set(CUSTOMER.CONSENT_SMS, profile.consents().sms())
                .set(CUSTOMER.CONSENT_PUSH, profile.consents().push())
                .where(CUSTOMER.ID.eq(id.value()))
                .execute() == 1;
    }

    void makeAdmin(CompanyId company, CustomerId admin) {
        db.update(COMPANY).set(COMPANY.ADMIN_CUSTOMER_ID, admin.value()).where(COMPANY.ID.eq(company.value())).execute();
    }

    Optional<Company> findCompany(Condition condition) {
        return db.selectFrom(COMPANY).where(condition).fetchOptional(CustomerRows::toCompany);
    }

    static Company toCompany(CompanyRecord row) {
        Long admin = row.getAdminCustomerId();
        return new Company(new CompanyId(row.getId()), row.getInn(), row.getKpp(), row.getName(),
                admin == null ? null : new CustomerId(admin));
    }

    static Customer toCustomer(Record row, TierNames tiers) {
        long id = row.get(CUSTOMER.ID);
        // A buyer the company admin disabled no longer sees the company.
        Long companyId = Boolean.TRUE.equals(row.get(CUSTOMER.BUYER_ENABLED)) ? row.get(COMPANY.ID) : null;
        CustomerCompany company = companyId == null ? null : new CustomerCompany(new CompanyId(companyId),
                row.get(COMPANY.INN), row.get(COMPANY.NAME), Objects.equals(row.get(COMPANY.ADMIN_CUSTOMER_ID), id));
        return new Customer(new CustomerId(id), row.get(CUSTOMER.PHONE), row.get(CUSTOMER.EMAIL),
                row.get(CUSTOMER.FIRST_NAME), row.get(CUSTOMER.LAST_NAME), row.get(CUSTOMER.BIRTH_DATE),
                new Consents(row.get(CUSTOMER.CONSENT_EMAIL), row.get(CUSTOMER.CONSENT_SMS), row.get(CUSTOMER.CONSENT_PUSH)),
                row.get(CUSTOMER.CARD_NUMBER), tiers.view(row.get(CUSTOMER.TIER_CODE)), company);
    }
}
