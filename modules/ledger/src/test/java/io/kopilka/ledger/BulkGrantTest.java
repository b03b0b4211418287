package io.kopilka.ledger;

import static io.kopilka.ledger.TestLedger.newMember;
import static io.kopilka.ledger.TestLedger.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A chunk of members granted in one transfer: amounts per group, debt paid off first, lots with the expiry, balanced. */
class BulkGrantTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 5, 1, 10, 0);
    private static final LocalDateTime MONTH = T0.plusDays(30);

    private final Ledger ledger = TestLedger.ledger();

    @Test
    void eachMemberGetsTheAmountOfTheirGroupAsALotAndDebtIsPaidOffFirst() {
        long fresh = newMember();
        long silver = newMember();
        long indebted = newMember();
        ledger.accrue(new Accrual(op("gadgets", T0), indebted, 100, SourceRef.of("order:b1")));
        ledger.release(new Release(op("gadgets", T0), indebted, SourceRef.of("order:b1"), null, MONTH.plusYears(1)));
        ledger.redeem(new Redemption(op("gadgets", T0), indebted, 100, SourceRef.of("order:b2")));
        ledger.reverse(new Reversal(op("gadgets", T0), indebted, SourceRef.of("order:b1"), 100, 0, MONTH));

        BulkResult result = ledger.grantMembers(new BulkGrant(
                new Operation("promotion:test:grant:" + fresh, "*", Reason.of("promotion.grant", "promotion", "t"), T0),
                Map.of(500L, List.of(fresh, indebted), 700L, List.of(silver)), MONTH));

        assertThat(result.points()).isEqualTo(1700);
        assertThat(result.members()).isEqualTo(3);
        assertThat(ledger.balances(fresh, MONTH)).extracting(Balances::available, Balances::debt)
                .containsExactly(500L, 0L);
        assertThat(ledger.balances(silver, MONTH).expiring()).extracting(ExpiringPoints::points).containsExactly(700L);
        assertThat(ledger.balances(indebted, MONTH)).extracting(Balances::available, Balances::debt)
                .containsExactly(400L, 0L);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void grantedPointsSpentOnOrdersAreFoundByTheGrantsKeyPrefix() {
        long member = newMember();
        ledger.grantMembers(new BulkGrant(new Operation("promotion:spent-test:grant:" + member, "gadgets",
                Reason.of("promotion.grant", "promotion", "t"), T0), Map.of(300L, List.of(member)), MONTH));
        ledger.redeem(new Redemption(op("gadgets", T0.plusDays(1)), member, 120, SourceRef.of("order:s1")));

        assertThat(ledger.redeemedOfGrants("promotion:spent-test:")).isEqualTo(120);
        assertThat(ledger.redeemedOfGrants("promotion:spent-test-other:")).isZero();
    }
}
