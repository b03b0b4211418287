package io.kopilka.orders.internal;

import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.ledger.Ledger;
import io.kopilka.orders.CustomerRef;
import io.kopilka.orders.InvalidOrderException;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Shopper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who an order is for: the person it names, and the points account it uses — the person's own, or their company's
 * for a B2B order of an enabled buyer.
 */
@Component
class Shoppers {

    private final Customers customers;
    private final Programme programme;
    private final Ledger ledger;
    private final OrderRows rows;

    Shoppers(Customers customers, Programme programme, Ledger ledger, OrderRows rows) {
        this.customers = customers;
        this.programme = programme;
        this.ledger = ledger;
        this.rows = rows;
    }

    /** The person the order names; an order naming no one is anonymous. */
    Optional<Customer> resolve(@Nullable CustomerRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        Optional<Customer> found;
        String field;
        if (ref.customerId() != null) {
            // a merged duplicate's id (an old integration record) names the person kept, as its phone and card do
            found = customers.findCurrent(new CustomerId(ref.customerId()));
            field = "customer.customerId";
        } else if (ref.phone() != null && !ref.phone().isBlank()) {
            found = customers.findByPhone(ref.phone());
            field = "customer.phone";
        } else {
            found = ref.card() == null ? Optional.empty() : customers.findByCardNumber(ref.card());
            field = "customer.card";
        }
        return Optional.of(found.orElseThrow(() -> InvalidOrderException.of(field, "order.customer.unknown")));
    }

    /** The points account of the person's order in the channel. */
    static long memberOf(Customer customer, Channel channel) {
        return channel == Channel.B2B && customer.company() != null
                ? customer.company().companyId().value()
                : customer.customerId().value();
    }

    /**
     * What the calculation needs to know about the person now: tier, available points of the account (plus
     * {@code spentByThisOrder}, points this very order already holds when it is revised), the cashback the
     * account has earned in the calendar month of {@code at} by other orders than {@code except} (the stored
     * order calculated, 0 for a quote), and the person's birth date for birthday promotions.
     */
    Shopper shopper(Customer customer, long memberId, LocalDateTime at, long spentByThisOrder, long except) {
        // the stored order itself (placed or revised): a personal promotion it took stays its own
        String orderRef = except == 0 ? null : rows.find(except)
                .map(o -> Shopper.orderRef(o.getNetworkCode(), o.getExternalId())).orElse(null);
        return shopper(customer, memberId, at, spentByThisOrder, except, orderRef);
    }

    /** As above for the stored order {@code except} whose reference the caller knows ({@link Shopper#orderRef}). */
    Shopper shopper(Customer customer, long memberId, LocalDateTime at, long spentByThisOrder, long except,
                    @Nullable String orderRef) {
        Tier tier = programme.tier(customer.tier().code())
                .orElseThrow(() -> new IllegalStateException("No tier " + customer.tier().code()));
        long available = ledger.available(memberId) + spentByThisOrder;
        LocalDateTime monthStart = at.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        long thisMonth = rows.cashbackBetween(memberId, monthStart, monthStart.plusMonths(1), except);
        return new Shopper(customer.customerId().value(), memberId, tier, available, thisMonth,
                customer.birthDate(), orderRef);
    }
}
