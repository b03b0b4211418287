/**
 * Company customers: their accounts, their buyers, and the B2B views of orders and deliveries.
 */
@NullMarked
package io.kopilka.b2b;

import org.jspecify.annotations.NullMarked;
