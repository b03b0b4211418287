package io.kopilka.programme.internal;

import static io.kopilka.db.Tables.NETWORK;
import static io.kopilka.db.Tables.REGION;
import static io.kopilka.db.Tables.TIER;

import io.kopilka.db.Ids;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Region;
import io.kopilka.programme.Tier;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JooqProgramme implements Programme {

    private final DSLContext db;

    JooqProgramme(DSLContext db) {
        this.db = db;
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
    @Transactional
    public void addTier(Tier tier) {
        db.insertInto(TIER, TIER.ID, TIER.CODE, TIER.NAME, TIER.RANK_ORDER, TIER.QUALIFYING_PURCHASES,
                        TIER.CASHBACK_PERCENT, TIER.MAX_REDEEM_PERCENT)
                .values(Ids.next(), tier.code(), tier.name(), tier.rank(), tier.qualifyingPurchases(),
                        tier.cashbackPercent(), tier.maxRedeemPercent())
                .execute();
    }
}
