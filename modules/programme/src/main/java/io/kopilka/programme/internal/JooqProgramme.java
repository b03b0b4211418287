package io.kopilka.programme.internal;

import static io.kopilka.db.Tables.NETWORK;
import static io.kopilka.db.Tables.REGION;
import static io.kopilka.db.Tables.TIER;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.db.Ids;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Region;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierSettings;
import io.kopilka.programme.InvalidTierSettingsException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
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
    public List<Region> regions() {
        return db.select(REGION.CODE, REGION.NAME, REGION.MIN_ORDER_FOR_CASHBACK).from(REGION).orderBy(REGION.CODE)
                .fetch(r -> new Region(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public List<Tier> tiers() {
        return db.select(TIER.CODE, TIER.NAME, TIER.RANK_ORDER, TIER.QUALIFYING_PURCHASES, TIER.CASHBACK_PERCENT,
                        TIER.MAX_REDEEM_PERCENT)
                .from(TIER).orderBy(TIER.RANK_ORDER)
                .fetch(r -> new Tier(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    @Override
    public boolean isEmpty() {
        return !db.fetchExists(NETWORK) && !db.fetchExists(REGION) && !db.fetchExists(TIER);
    }

    @Override
    @Transactional
    public void addNetwork(Network network) {
        db.insertInto(NETWORK, NETWORK.ID, NETWORK.CODE, NETWORK.NAME)
                .values(Ids.next(), network.code(), network.name())
                .execute();
    }

    @Override
    @Transactional
    public void addRegion(Region region) {
        db.insertInto(REGION, REGION.ID, REGION.CODE, REGION.NAME, REGION.MIN_ORDER_FOR_CASHBACK)
                .values(Ids.next(), region.code(), region.name(), region.minOrderForCashback())
                .execute();
    }

    @Override
    public Optional<Tier> tier(String code) {
        return tiers().stream().filter(tier -> tier.code().equals(code)).findFirst();
    }

    @Override
    @Transactional
    public Tier changeTier(String code, TierSettings settings, String actor) {
        // Lock the tier rows so two administrators' changes cannot break the rising thresholds together.
        List<Tier> tiers = db.select(TIER.CODE, TIER.NAME, TIER.RANK_ORDER, TIER.QUALIFYING_PURCHASES,
                        TIER.CASHBACK_PERCENT, TIER.MAX_REDEEM_PERCENT)
                .from(TIER).orderBy(TIER.RANK_ORDER).forUpdate()
                .fetch(r -> new Tier(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
        Tier before = tiers.stream().filter(tier -> tier.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidTierSettingsException(Map.of("code", "tier.unknown")));
        Tier after = new Tier(code, settings.name().strip(), before.rank(), settings.qualifyingPurchases(),
                settings.cashbackPercent(), settings.maxRedeemPercent());
        TierRules.check(after, tiers);
        db.update(TIER)
                .set(TIER.NAME, after.name())
                .set(TIER.QUALIFYING_PURCHASES, after.qualifyingPurchases())
                .set(TIER.CASHBACK_PERCENT, after.cashbackPercent())
                .set(TIER.MAX_REDEEM_PERCENT, after.maxRedeemPercent())
                .where(TIER.CODE.eq(code))
                .execute();
        audit.record(new StaffChange(actor, "programme.tier.changed", "tier " + code, describe(before), describe(after)));
        return after;
    }

    private static String describe(Tier tier) {
        return "name=" + tier.name() + ", from=" + tier.qualifyingPurchases().toPlainString()
                + ", cashback=" + tier.cashbackPercent().toPlainString() + "%"
                + ", maxRedeem=" + tier.maxRedeemPercent().toPlainString() + "%";
    }

    @Override
    @Transactional
    public void addTier(Tier tier) {
        db.insertInto(TIER, TIER.ID, TIER.CODE, TIER.NAME, TIER.RANK_ORDER, TIER.QUALIFYING_PURCHASES,
                        TIER.CASHBACK_PERCENT, TIER.MAX_REDEEM_PERCENT)
                .values(Ids.next(), tier.code(), tier.name(), tier.rank(), tier.qualifyingPurchases(),
                        tier.cashbackPercent(), tier.maxRedeemPercent())
                .execute();
    }
}
