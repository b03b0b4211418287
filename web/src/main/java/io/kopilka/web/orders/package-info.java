/**
 * What the order pages of the cabinet, the company cabinet and the back office share: orders in words (points
 * states, statuses, money), order rows for lists, the tier progress, and the 404 page for an order one may not see.
 */
@NullMarked
package io.kopilka.web.orders;

import org.jspecify.annotations.NullMarked;
