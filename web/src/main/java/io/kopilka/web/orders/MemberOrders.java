package io.kopilka.web.orders;

import io.kopilka.orders.OrderDetails;
import io.kopilka.orders.Orders;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The orders of one points account for its own cabinet (a person's, or a company's for its buyers): the list, and an
 * order only when it belongs to that account — any other id is {@link UnknownOrderException}.
 */
@Component
public class MemberOrders {

    private final Orders orders;
    private final OrderListRows rows;
    private final OrderPageModel pages;

    MemberOrders(Orders orders, OrderListRows rows, OrderPageModel pages) {
        this.orders = orders;
        this.rows = rows;
        this.pages = pages;
    }

    /** Adds {@code orders}, the account's orders newest first (none without an account). */
    public void list(Optional<Long> member, Locale locale, Model model) {
        model.addAttribute("orders", member.map(id -> rows.of(orders.ordersOfMember(id, OrderListRows.LIST_SIZE), locale))
                .orElse(List.of()));
    }

    /** Adds {@code order}, the order the path names, if it is the account's own. */
    public void order(Optional<Long> member, String orderId, Locale locale, Model model) {
        OrderDetails order = UnknownOrderException.orderOf(orders, orderId,
                details -> member.isPresent() && Objects.equals(details.memberId(), member.get()));
        pages.order(order, locale, model);
    }
}
