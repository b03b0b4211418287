package io.kopilka.web.orders;

import io.kopilka.orders.PointsState;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One order as its pages show it, every figure already in words; the cabinet shows part of it, the company cabinet
 * adds the destinations, the back office shows it all.
 *
 * @param customerId  the customer, for the back office's link; null when anonymous
 * @param settledNumber the released points' digits, shown large, with {@code settledUnit} after them
 * @param accrued     points the order earned (net), for the released-points bar
 * @param settled     points of it released so far
 */
public record OrderView(long orderId, String externalId, String placedAt, String network, String channel,
                        String region, @Nullable String store, String status, PointsState state, String stateText,
                        String subtotal, String discount, String total, String paidWithMoney, String pointsAccrued,
                        String pointsRedeemed, String pointsSettled, String pointsPending, String settledNumber,
                        String settledUnit, String pendingNumber, String pendingUnit, long accrued, long settled,
                        @Nullable Long customerId, List<Line> lines, List<String> payments,
                        List<Reason> explanations, List<Destination> destinations, List<Returned> returns,
                        List<Revised> revisions) {

    public OrderView {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        explanations = List.copyOf(explanations);
        destinations = List.copyOf(destinations);
        returns = List.copyOf(returns);
        revisions = List.copyOf(revisions);
    }

    /** The badge's CSS class, e.g. {@code state-pending}. */
    public String stateClass() {
        return "state-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether some of the order's explanations say why points were not (all) given. */
    public boolean pointsMissing() {
        return explanations.stream().anyMatch(Reason::missingPoints);
    }

    /** A line with its money, points and units' progress. */
    public record Line(String lineId, String name, String sku, @Nullable String brand, int quantity, String unitPrice,
                       String discount, String redeemed, String cashback, int shipped, int delivered, int returned) {
    }

    /** One explanation of the calculation; {@code missingPoints} marks those saying why points were not given. */
    public record Reason(String text, boolean missingPoints) {
    }

    /** The batches shipped to one destination, in the order they were shipped. */
    public record Destination(String name, List<Batch> batches, String points, int units) {

        public Destination {
            batches = List.copyOf(batches);
        }
    }

    /**
     * A shipped batch: its units by line, when it was shipped and delivered, its points and whether they are released.
     */
    public record Batch(String shipmentId, String shippedAt, @Nullable String deliveredAt, @Nullable String settledAt,
                        String points, List<Units> lines) {

        public Batch {
            lines = List.copyOf(lines);
        }

        /** Whether the batch's points are available. */
        public boolean settled() {
            return settledAt != null;
        }
    }

    /** Units of a line. */
    public record Units(String lineId, String name, int quantity) {
    }

    /** A return: its units, money and points taken back and given back. */
    public record Returned(String returnId, String at, List<Units> lines, String amount, String pointsTakenBack,
                           String pointsGivenBack) {

        public Returned {
            lines = List.copyOf(lines);
        }
    }

    /** A service-centre revision: before and after. */
    public record Revised(String revisionId, String reason, String at, String totalBefore, String totalAfter,
                          String cashbackBefore, String cashbackAfter) {
    }
}
