/**
 * Orders for support staff: an order with everything the programme knows of it (the explanations first), the lookup
 * by a client's order number, and the service centre's latest orders.
 */
@NullMarked
package io.kopilka.web.backoffice.orders;

import org.jspecify.annotations.NullMarked;
