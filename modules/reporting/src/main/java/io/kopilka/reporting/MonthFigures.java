package io.kopilka.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The flow figures of one month (or of a whole period, see {@link Overview#totals()}): orders and their revenue net
 * of returns, points accrued (accruals and grants, before returns), redeemed and expired, and how much of the redeemed
 * points came from lots earned in another network.
 *
 * @param newMembers          people registered (programme-wide; the same whatever the network filter)
 * @param identifiedOrders    orders of a known customer
 * @param repeatOrders        identified orders whose customer had bought before (in any network)
 * @param redeemedFromLots    redeemed points traced to the lots they came from
 * @param redeemedCrossNetwork of those, points earned in another network than the one they were spent in
 */
public record MonthFigures(YearMonth month, long newMembers, long orders, long identifiedOrders, long repeatOrders,
                           BigDecimal revenue, long pointsAccrued, long pointsRedeemed, long pointsExpired,
                           long redeemedFromLots, long redeemedCrossNetwork) {

    /** Share of identified purchases: identified orders of all orders. */
    public Share identifiedShare() {
        return new Share(identifiedOrders, orders);
    }

    /** Share of repeat purchases: repeat orders of identified orders. */
    public Share repeatShare() {
        return new Share(repeatOrders, identifiedOrders);
    }

    /** Share of points spent: points redeemed of points accrued. */
    public Share spentShare() {
        return new Share(pointsRedeemed, pointsAccrued);
    }

    /** "Earned in one network, spent in another": cross-network points of the redeemed points traced to lots. */
    public Share crossNetworkShare() {
        return new Share(redeemedCrossNetwork, redeemedFromLots);
    }

    /** This month's figures added to another's, under this month. */
    public MonthFigures plus(MonthFigures other) {
        return new MonthFigures(month, newMembers + other.newMembers, orders + other.orders,
                identifiedOrders + other.identifiedOrders, repeatOrders + other.repeatOrders,
                revenue.add(other.revenue), pointsAccrued + other.pointsAccrued, pointsRedeemed + other.pointsRedeemed,
                pointsExpired + other.pointsExpired, redeemedFromLots + other.redeemedFromLots,
                redeemedCrossNetwork + other.redeemedCrossNetwork);
    }

    /** A month without any activity. */
    public static MonthFigures empty(YearMonth month) {
        return new MonthFigures(month, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2), 0, 0, 0, 0, 0);
    }
}
