package io.kopilka.orders;

import io.kopilka.db.KeyPartition;
import io.kopilka.promotions.Calculation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order lifecycle and the postings that turn orders into points. Every state-changing call is idempotent by the
 * client's id within the network: the same call again answers the first result (marked replayed) and changes
 * nothing; the same id with other content is refused with {@link OrderConflictException}.
 */
public interface Orders {

    /** What placing the order now would do; changes nothing. */
    Calculation calculate(String network, OrderRequest order);

    /** Places the order: redeems the points the calculation allows and accrues its cashback as pending. */
    PlacedOrder place(String network, OrderRequest order);

    /** The order with this external id in the network. */
    Optional<OrderDetails> find(String network, String externalId);

    /** The order with this id. */
    Optional<OrderDetails> find(OrderId orderId);

    /** Moves the order: PAID; DELIVERED (its pending points due for settlement); CANCELLED (pending voided, redeemed given back). */
    StatusResult changeStatus(String network, String externalId, StatusChange change);

    /** Registers returned units: takes back the points they earned and gives back the points spent on them. */
    ReturnResult registerReturn(String network, String externalId, ReturnRequest request);

    /** Registers a batch shipped to a destination. */
    ShipmentResult ship(String network, String externalId, ShipmentRequest request);

    /** Marks a shipped batch delivered: the pending points of its part become due for settlement. */
    DeliveryResult deliverShipment(String network, String externalId, String shipmentId, LocalDateTime at);

    /** Replaces a service-centre order's lines, posting only the difference in points. */
    RevisionResult revise(String network, String externalId, RevisionRequest request);

    /** The orders of a points account (a person or a company), newest first. */
    List<OrderSummary> ordersOfMember(long memberId, int limit);

    /** The orders a person placed (also those of their company), newest first. */
    List<OrderSummary> ordersOfCustomer(long customerId, int limit);

    /** The latest orders of a network (e.g. the service centre's repair orders), newest first. */
    List<OrderSummary> recent(String network, int limit);

    /**
     * Makes available the pending points of orders and batches due on or before {@code asOf} (delivered, or past the
     * programme's delay), in chunks; running it again for the same date changes nothing.
     */
    SettlementResult settleDue(LocalDateTime asOf);

    /**
     * Settles the next chunk of what is due on or before {@code asOf} in the caller's transaction (or its own), for
     * the settlement job's steps; returns zero sources when nothing is left.
     */
    default SettlementResult settleNextChunk(LocalDateTime asOf) {
        return settleNextChunk(asOf, KeyPartition.ALL);
    }

    /** Settles the next chunk of the partition's items due on or before {@code asOf}, as {@link #settleNextChunk}. */
    SettlementResult settleNextChunk(LocalDateTime asOf, KeyPartition partition);

    /** How many orders and batches are due on or before {@code asOf} and not settled yet. */
    default long dueForSettlement(LocalDateTime asOf) {
        return dueForSettlement(asOf, KeyPartition.ALL);
    }

    /** How many of the partition's orders and batches are due on or before {@code asOf} and not settled yet. */
    long dueForSettlement(LocalDateTime asOf, KeyPartition partition);

    /**
     * Re-points a merged duplicate's orders to the person kept, in the caller's transaction: every order naming the
     * duplicate names the kept person, and those on the duplicate's own points account (not a company's) use the kept
     * account, as do their open and settled settlement items; so the history, tier purchases and later settlement,
     * cancellation or return of those orders follow the kept person. Both accounts' order locks are taken in id order.
     */
    CustomerOrdersMoved moveCustomer(long fromCustomerId, long toCustomerId, long fromMember, long toMember);

    /** Purchase money (net of returns and cancellations) of the person from {@code from} on, for tiers and progress. */
    java.math.BigDecimal purchasesSince(long customerId, LocalDate from);

    /**
     * The purchases of each of the people (one grouped statement for the chunk) with orders placed in
     * {@code [from, to)} counted as the window and everything before {@code to} for life; people who never bought
     * before {@code to} are absent. For the tiers and RFM jobs, which walk the customers in chunks.
     */
    Map<Long, PurchaseStats> purchaseStats(Collection<Long> customerIds, LocalDateTime from,
            LocalDateTime to);
}
