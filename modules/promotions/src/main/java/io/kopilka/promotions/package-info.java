/**
 * Promotions and the calculation of an order: discounts, cashback, the redeemable share, challenges, segment grants and the explanation of each rule.
 */
@NullMarked
package io.kopilka.promotions;

import org.jspecify.annotations.NullMarked;
