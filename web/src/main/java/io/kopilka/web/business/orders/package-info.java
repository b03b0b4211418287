/**
 * The company's orders for its buyers: every order on the company's points account, and one order line by line
 * (ordered, shipped, delivered, returned) with its batches per destination and the points released so far.
 */
@NullMarked
package io.kopilka.web.business.orders;

import org.jspecify.annotations.NullMarked;
