package io.kopilka.programme;

import java.math.BigDecimal;

/** What an administrator may change of a tier: its name, the purchases that reach it, its cashback and the share payable with points. */
public record TierSettings(String name, BigDecimal qualifyingPurchases, BigDecimal cashbackPercent,
                           BigDecimal maxRedeemPercent) {
}
