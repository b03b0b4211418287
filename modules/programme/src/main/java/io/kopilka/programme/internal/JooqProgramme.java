package io.kopilka.programme.internal;

import static io.kopilka.db.Tables.NETWORK;
import static io.kopilka.db.Tables.PROGRAMME_POLICIES;
import static io.kopilka.db.Tables.REGION;
import static io.kopilka.db.Tables.TIER;
import static io.kopilka.db.Tables.TIER_EXCLUDED_BRAND;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.db.Ids;
import io.kopilka.programme.InvalidProgrammeSettingsException;
import io.kopilka.programme.InvalidTierSettingsException;
import io.kopilka.programme.Network;
import io.kopilka.programme.PointsAvailability;
import io.kopilka.programme.PointsExpiry;
import io.kopilka.programme.Programme;
import io.kopilka.programme.ProgrammePolicies;
import io.kopilka.programme.Region;
import io.kopilka.programme.RegionSettings;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierQualification;
import io.kopilka.programme.TierSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JooqProgramme implements Programme {

    private final DSLContext db;
    private final AuditLog audit;

    JooqProgramme(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Override
    public List<Network> networks() {
        return db.select(NETWORK.CODE, NETWORK.NAME).from(NETWORK).orderBy(NETWORK.CODE)
                .fetch(r -> new Network(r.value1(), r.value2()));
    }

    @Override
    public Optional<Network> network(String code) {
        return db.select(NETWORK.CODE, NETWORK.NAME).from(NETWORK).where(NETWORK.CODE.eq(code))
                .fetchOptional(r -> new Network(r.value1(), r.value2()));
    }

    @Override
    public List<Region> regions() {
        return db.select(REGION.CODE, REGION.NAME, REGION.MIN_ORDER_FOR_CASHBACK).from(REGION).orderBy(REGION.CODE)
                .fetch(r -> new Region(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public Optional<Region> region(String code) {
        return TransactionMemo.get("region:" + code, () -> db.select(REGION.CODE, REGION.NAME,
                        REGION.MIN_ORDER_FOR_CASHBACK).from(REGION)
                .where(REGION.CODE.eq(code))
                .fetchOptional(r -> new Region(r.value1(), r.value2(), r.value3())));
    }

    @Override
    public List<Tier> tiers() {
        return TransactionMemo.get("tiers", () -> List.copyOf(readTiers(false)));
    }

    private List<Tier> readTiers(boolean lock) {
        var select = db.select(TIER.ID, TIER.CODE, TIER.NAME, TIER.RANK_ORDER, TIER.QUALIFYING_PURCHASES,
                        TIER.CASHBACK_PERCENT, TIER.MAX_REDEEM_PERCENT, TIER.DISCOUNT_PERCENT)
                .from(TIER).orderBy(TIER.RANK_ORDER);
        var rows = lock ? select.forUpdate().fetch() : select.fetch();
        Map<Long, List<String>> brands = db.select(TIER_EXCLUDED_BRAND.TIER_ID, TIER_EXCLUDED_BRAND.BRAND)
                .from(TIER_EXCLUDED_BRAND).orderBy(TIER_EXCLUDED_BRAND.BRAND)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
        return rows.map(r -> new Tier(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                r.value8(), SettingsRules.normaliseBrands(brands.getOrDefault(r.value1(), List.of()))));
    }

    @Override
    public boolean isEmpty() {
        return !db.fetchExists(NETWORK) && !db.fetchExists(REGION) && !db.fetchExists(TIER);
    }

    @Override
    @Transactional
    public void addNetwork(Network network) {
        TransactionMemo.changing(); // reads after the change must see it
        db.insertInto(NETWORK, NETWORK.ID, NETWORK.CODE, NETWORK.NAME)
                .values(Ids.next(), network.code(), network.name())
                .execute();
    }

    @Override
    @Transactional
    public Network addNetwork(Network network, String actor) {
        TransactionMemo.changing(); // reads after the change must see it
        String code = network.code().strip();
        SettingsRules.checkNewNetwork(code, network.name(), network(code).isPresent());
        Network added = new Network(code, network.name().strip());
        addNetwork(added);
        audit.record(new StaffChange(actor, "programme.network.added", "network " + code, null, describe(added)));
        return added;
    }

    @Override
    @Transactional
    public Network renameNetwork(String code, String name, String actor) {
        TransactionMemo.changing(); // reads after the change must see it
        Network before = db.select(NETWORK.CODE, NETWORK.NAME).from(NETWORK).where(NETWORK.CODE.eq(code)).forUpdate()
                .fetchOptional(r -> new Network(r.value1(), r.value2()))
                .orElseThrow(() -> new InvalidProgrammeSettingsException(Map.of("code", "programme.unknown")));
        SettingsRules.checkNetwork(name);
        Network after = new Network(code, name.strip());
        db.update(NETWORK).set(NETWORK.NAME, after.name()).where(NETWORK.CODE.eq(code)).execute();
        audit.record(new StaffChange(actor, "programme.network.changed", "network " + code, describe(before), describe(after)));
        return after;
    }

    @Override
    @Transactional
    public void addRegion(Region region) {
        TransactionMemo.changing(); // reads after the change must see it
        db.insertInto(REGION, REGION.ID, REGION.CODE, REGION.NAME, REGION.MIN_ORDER_FOR_CASHBACK)
                .values(Ids.next(), region.code(), region.name(), region.minOrderForCashback())
                .execute();
    }

    @Override
    @Transactional
    public Region addRegion(Region region, String actor) {
        TransactionMemo.changing(); // reads after the change must see it
        String code = region.code().strip();
        SettingsRules.checkNewRegion(code, region.name(), region.minOrderForCashback(), region(code).isPresent());
        Region added = new Region(code, region.name().strip(), region.minOrderForCashback());
        addRegion(added);
        audit.record(new StaffChange(actor, "programme.region.added", "region " + code, null, describe(added)));
        return added;
    }

    @Override
    @Transactional
    public Region changeRegion(String code, RegionSettings settings, String actor) {
        TransactionMemo.changing(); // reads after the change must see it
        Region before = db.select(REGION.CODE, REGION.NAME, REGION.MIN_ORDER_FOR_CASHBACK).from(REGION)
                .where(REGION.CODE.eq(code)).forUpdate()
                .fetchOptional(r -> new Region(r.value1(), r.value2(), r.value3()))
                .orElseThrow(() -> new InvalidProgrammeSettingsException(Map.of("code", "programme.unknown")));
        SettingsRules.checkRegion(settings.name(), settings.minOrderForCashback());
        Region after = new Region(code, settings.name().strip(), settings.minOrderForCashback());
        db.update(REGION)
                .set(REGION.NAME, after.name())
                .set(REGION.MIN_ORDER_FOR_CASHBACK, after.minOrderForCashback())
                .where(REGION.CODE.eq(code))
                .execute();
        audit.record(new StaffChange(actor, "programme.region.changed", "region " + code, describe(before), describe(after)));
        return after;
    }

    @Override
    public Optional<Tier> tier(String code) {
        return tiers().stream().filter(tier -> tier.code().equals(code)).findFirst();
    }

    @Override
    @Transactional
    public Tier changeTier(String code, TierSettings settings, String actor) {
        TransactionMemo.changing(); // reads after the change must see it
        // Lock the tier rows so two administrators' changes cannot break the rising thresholds together.
        List<Tier> tiers = readTiers(true);
        Tier before = tiers.stream().filter(tier -> tier.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidTierSettingsException(Map.of("code", "tier.unknown")));
        Tier after = new Tier(code, settings.name().strip(), before.rank(), settings.qualifyingPurchases(),
                settings.cashbackPercent(), settings.maxRedeemPercent(), settings.discountPercent(),
                SettingsRules.normaliseBrands(settings.excludedBrands()));
        TierRules.check(after, tiers);
        db.update(TIER)
                .set(TIER.NAME, after.name())
                .set(TIER.QUALIFYING_PURCHASES, after.qualifyingPurchases())
                .set(TIER.CASHBACK_PERCENT, after.cashbackPercent())
                .set(TIER.MAX_REDEEM_PERCENT, after.maxRedeemPercent())
                .set(TIER.DISCOUNT_PERCENT, after.discountPercent())
                .where(TIER.CODE.eq(code))
                .execute();
        long tierId = db.select(TIER.ID).from(TIER).where(TIER.CODE.eq(code)).fetchSingle(TIER.ID);
        writeBrands(tierId, after.excludedBrands(), true);
        audit.record(new StaffChange(actor, "programme.tier.changed", "tier " + code, describe(before), describe(after)));
        return after;
    }

    private void writeBrands(long tierId, List<String> brands, boolean replace) {
        if (replace) {
            db.deleteFrom(TIER_EXCLUDED_BRAND).where(TIER_EXCLUDED_BRAND.TIER_ID.eq(tierId)).execute();
        }
        for (String brand : brands) {
            db.insertInto(TIER_EXCLUDED_BRAND, TIER_EXCLUDED_BRAND.ID, TIER_EXCLUDED_BRAND.TIER_ID, TIER_EXCLUDED_BRAND.BRAND)
                    .values(Ids.next(), tierId, brand)
                    .execute();
        }
    }

    @Override
    @Transactional
    public void addTier(Tier tier) {
        TransactionMemo.changing(); // reads after the change must see it
        long id = Ids.next();
        db.insertInto(TIER, TIER.ID, TIER.CODE, TIER.NAME, TIER.RANK_ORDER, TIER.QUALIFYING_PURCHASES,
                        TIER.CASHBACK_PERCENT, TIER.MAX_REDEEM_PERCENT, TIER.DISCOUNT_PERCENT)
                .values(id, tier.code(), tier.name(), tier.rank(), tier.qualifyingPurchases(),
                        tier.cashbackPercent(), tier.maxRedeemPercent(), tier.discountPercent())
                .execute();
        writeBrands(id, SettingsRules.normaliseBrands(tier.excludedBrands()), false);
    }

    @Override
    public ProgrammePolicies policies() {
        return TransactionMemo.get("policies", () -> db.selectFrom(PROGRAMME_POLICIES).orderBy(PROGRAMME_POLICIES.ID)
                .limit(1).fetchOptional(JooqProgramme::policies)
                .orElseGet(ProgrammePolicies::defaults));
    }

    @Override
    @Transactional
    public ProgrammePolicies changePolicies(ProgrammePolicies policies, String actor) {
        TransactionMemo.changing(); // reads after the change must see it
        SettingsRules.check(policies);
        // one row; the lock serialises two administrators saving at once
        Optional<Long> id = db.select(PROGRAMME_POLICIES.ID).from(PROGRAMME_POLICIES).orderBy(PROGRAMME_POLICIES.ID)
                .limit(1).forUpdate().fetchOptional(PROGRAMME_POLICIES.ID);
        ProgrammePolicies before = policies();
        ProgrammePolicies after = normalised(policies);
        if (id.isPresent()) {
            db.update(PROGRAMME_POLICIES)
                    .set(values(after))
                    .set(PROGRAMME_POLICIES.UPDATED_AT, DSL.currentLocalDateTime(6))
                    .where(PROGRAMME_POLICIES.ID.eq(id.get()))
                    .execute();
        } else {
            db.insertInto(PROGRAMME_POLICIES).set(PROGRAMME_POLICIES.ID, Ids.next()).set(values(after)).execute();
        }
        audit.record(new StaffChange(actor, "programme.policies.changed", "programme policies",
                id.isPresent() ? describe(before) : null, describe(after)));
        return after;
    }

    /** Values that mean nothing for the chosen rule are stored as 0, so equal policies read back equal. */
    private static ProgrammePolicies normalised(ProgrammePolicies policies) {
        TierQualification qualification = policies.qualification().model() == TierQualification.Model.PURCHASE_COUNT_FOR_LIFE
                ? TierQualification.purchaseCountForLife() : policies.qualification();
        PointsAvailability availability = policies.availability().rule() == PointsAvailability.Rule.ON_DELIVERY_DAILY
                ? PointsAvailability.onDeliverySettledDaily() : policies.availability();
        return new ProgrammePolicies(qualification, availability, policies.expiry(), policies.monthlyCashbackCap());
    }

    private static Map<org.jooq.Field<?>, Object> values(ProgrammePolicies policies) {
        Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(PROGRAMME_POLICIES.CURRENCY, ProgrammePolicies.CURRENCY);
        values.put(PROGRAMME_POLICIES.QUALIFICATION, policies.qualification().model().name());
        values.put(PROGRAMME_POLICIES.QUALIFICATION_WINDOW_MONTHS, policies.qualification().windowMonths());
        values.put(PROGRAMME_POLICIES.AVAILABILITY, policies.availability().rule().name());
        values.put(PROGRAMME_POLICIES.AVAILABILITY_VALUE, policies.availability().value());
        values.put(PROGRAMME_POLICIES.EXPIRY, policies.expiry().rule().name());
        values.put(PROGRAMME_POLICIES.EXPIRY_MONTHS, policies.expiry().months());
        values.put(PROGRAMME_POLICIES.MONTHLY_CASHBACK_CAP, policies.monthlyCashbackCap());
        return values;
    }

    private static ProgrammePolicies policies(Record row) {
        return new ProgrammePolicies(
                new TierQualification(TierQualification.Model.valueOf(row.get(PROGRAMME_POLICIES.QUALIFICATION)),
                        row.get(PROGRAMME_POLICIES.QUALIFICATION_WINDOW_MONTHS)),
                new PointsAvailability(PointsAvailability.Rule.valueOf(row.get(PROGRAMME_POLICIES.AVAILABILITY)),
                        row.get(PROGRAMME_POLICIES.AVAILABILITY_VALUE)),
                new PointsExpiry(PointsExpiry.Rule.valueOf(row.get(PROGRAMME_POLICIES.EXPIRY)),
                        row.get(PROGRAMME_POLICIES.EXPIRY_MONTHS)),
                row.get(PROGRAMME_POLICIES.MONTHLY_CASHBACK_CAP));
    }

    private static String describe(ProgrammePolicies policies) {
        String qualification = policies.qualification().model() == TierQualification.Model.PURCHASE_SUM_IN_WINDOW
                ? "purchase sum over " + policies.qualification().windowMonths() + " months"
                : "purchase count, kept for life";
        String availability = switch (policies.availability().rule()) {
            case ON_DELIVERY_DAILY -> "on delivery, settled daily";
            case ON_DELIVERY_MONTHLY -> "on delivery, settled monthly on day " + policies.availability().value();
            case HOURS_AFTER_PURCHASE -> policies.availability().value() + " hours after purchase";
        };
        String expiry = policies.expiry().months() + (policies.expiry().rule() == PointsExpiry.Rule.MONTHS_AFTER_ACCRUAL
                ? " months after accrual" : " months after the last purchase");
        Long cap = policies.monthlyCashbackCap();
        return "tiers=" + qualification + "; available=" + availability + "; expiry=" + expiry
                + "; monthlyCap=" + (cap == null ? "none" : cap + " points");
    }

    private static String describe(Network network) {
        return "name=" + network.name();
    }

    private static String describe(Region region) {
        return "name=" + region.name() + ", minOrder=" + region.minOrderForCashback().stripTrailingZeros().toPlainString();
    }

    private static String describe(Tier tier) {
        @Nullable BigDecimal discount = tier.discountPercent();
        return "name=" + tier.name() + ", from=" + tier.qualifyingPurchases().toPlainString()
                + ", cashback=" + tier.cashbackPercent().toPlainString() + "%"
                + ", maxRedeem=" + tier.maxRedeemPercent().toPlainString() + "%"
                + ", discount=" + (discount == null ? "none" : discount.stripTrailingZeros().toPlainString() + "%")
                + ", excludedBrands=" + (tier.excludedBrands().isEmpty() ? "none" : String.join("; ", tier.excludedBrands()));
    }
}
