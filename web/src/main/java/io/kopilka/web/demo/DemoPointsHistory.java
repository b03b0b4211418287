package io.kopilka.web.demo;

import io.kopilka.ledger.Accrual;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.PayoutRequest;
import io.kopilka.ledger.Reason;
import io.kopilka.ledger.Redemption;
import io.kopilka.ledger.Release;
import io.kopilka.ledger.SourceRef;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A few months of points for the demo people, posted through the ledger as the order processing will post them:
 * purchases earning pending points, deliveries releasing them, points spent, a promotional gift about to expire,
 * a payout waiting for finance, and a B2B order delivered in part.
 */
@Component
class DemoPointsHistory {

    /** Points of settled purchases live 14 months (the demo programme's rule). */
    private static final int LIFETIME_MONTHS = 14;

    private final Ledger ledger;
    private final AtomicInteger keys = new AtomicInteger();

    DemoPointsHistory(Ledger ledger) {
        this.ledger = ledger;
    }

    void load(long anna, long boris, long vera, long company) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);

        purchase(anna, "gadgets", "G-1001", 150, now.minusDays(95), now.minusDays(88));
        purchase(anna, "home", "H-2001", 90, now.minusDays(40), now.minusDays(33));
        gift(anna, "gadgets", 300, "Чёрная пятница", now.minusDays(20), now.plusDays(9));
        spend(anna, "gadgets", "G-1002", 120, now.minusDays(6));
        purchase(anna, "home", "H-2002", 60, now.minusDays(2), null);

        purchase(boris, "gadgets", "G-1101", 1_200, now.minusDays(120), now.minusDays(110));
        purchase(boris, "service", "S-3001", 450, now.minusDays(70), now.minusDays(60));
        spend(boris, "home", "H-2101", 500, now.minusDays(30));
        ledger.requestPayout(new PayoutRequest(op("gadgets", "payout.request", now.minusDays(3)), boris, 300));
        purchase(boris, "gadgets", "G-1102", 240, now.minusDays(1), null);

        purchase(vera, "gadgets", "G-1201", 4_800, now.minusDays(150), now.minusDays(140));
        purchase(vera, "home", "H-2201", 2_750, now.minusDays(80), now.minusDays(72));
        spend(vera, "service", "S-3101", 2_000, now.minusDays(45));
        gift(vera, "gadgets", 1_000, "Новый год", now.minusDays(14), now.plusDays(16));
        purchase(vera, "gadgets", "G-1202", 1_350, now.minusDays(4), null);

        ledger.accrue(new Accrual(op("business", "order.purchase", now.minusDays(12), "order", "B-5001"),
                company, 2_400, SourceRef.of("B-5001")));
        ledger.release(new Release(op("business", "order.batchDelivered", now.minusDays(8), "order", "B-5001"),
                company, SourceRef.of("B-5001"), 1_500L, now.minusDays(8).plusMonths(LIFETIME_MONTHS)));
    }

    private void purchase(long member, String network, String order, long points, LocalDateTime placed,
                          LocalDateTime delivered) {
        ledger.accrue(new Accrual(op(network, "order.purchase", placed, "order", order), member, points,
                SourceRef.of(order)));
        if (delivered != null) {
            ledger.release(new Release(op(network, "order.delivered", delivered, "order", order), member,
                    SourceRef.of(order), null, delivered.plusMonths(LIFETIME_MONTHS)));
        }
    }

    private void spend(long member, String network, String order, long points, LocalDateTime at) {
        ledger.redeem(new Redemption(op(network, "order.redeemed", at, "order", order), member, points,
                SourceRef.of(order)));
    }

    private void gift(long member, String network, long points, String promotion, LocalDateTime at,
                      LocalDateTime expiresAt) {
        ledger.grant(new Grant(op(network, "promotion.grant", at, "promotion", promotion), member, points, expiresAt));
    }

    private Operation op(String network, String reason, LocalDateTime at, String... params) {
        return new Operation("demo-" + keys.incrementAndGet(), network, Reason.of(reason, params), at);
    }
}
