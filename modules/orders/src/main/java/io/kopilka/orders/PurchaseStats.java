package io.kopilka.orders;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A person's purchases as the tiers and RFM jobs count them up to a business date: orders not cancelled; money net
 * of returns; an order returned in full is no purchase.
 *
 * @param customerId       the person
 * @param moneyInWindow    purchase money (net of returns) placed within the window
 * @param ordersInWindow   purchases placed within the window
 * @param purchasesForLife purchases placed before the window's end
 * @param firstPurchaseAt  the first order placed before the window's end (UTC)
 * @param lastPurchaseAt   the last order placed before the window's end (UTC)
 */
public record PurchaseStats(long customerId, BigDecimal moneyInWindow, long ordersInWindow, long purchasesForLife,
                            LocalDateTime firstPurchaseAt, LocalDateTime lastPurchaseAt) {
}
