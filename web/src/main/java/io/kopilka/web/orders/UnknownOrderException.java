package io.kopilka.web.orders;

import io.kopilka.orders.OrderDetails;
import io.kopilka.orders.OrderId;
import io.kopilka.orders.Orders;
import io.kopilka.web.layout.NotFoundPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import org.springframework.web.servlet.ModelAndView;

/**
 * The path names no order the reader may see: none at all, or someone else's. Both answer the same 404, so an id
 * tells nothing about whether the order exists.
 */
public final class UnknownOrderException extends RuntimeException {

    public UnknownOrderException() {
        super(null, null, false, false);
    }

    /** The order the path names, if it passes {@code mayRead}; otherwise this exception. */
    public static OrderDetails orderOf(Orders orders, String orderId, Predicate<OrderDetails> mayRead) {
        long id;
        try {
            id = Long.parseLong(orderId);
        } catch (NumberFormatException e) {
            throw new UnknownOrderException();
        }
        return orders.find(new OrderId(id)).filter(mayRead).orElseThrow(UnknownOrderException::new);
    }

    /** The portal's 404 page, which the problem details of the API would otherwise replace for a browser. */
    public static ModelAndView notFoundPage(HttpServletRequest request) {
        return NotFoundPage.of(request);
    }
}
