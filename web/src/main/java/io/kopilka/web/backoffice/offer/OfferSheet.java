package io.kopilka.web.backoffice.offer;

import java.util.List;

/**
 * The printed sheet, every figure in words.
 *
 * @param customerName the customer as the sheet greets them
 * @param cardNumber   their card
 * @param available    their available points
 * @param place        the network and region the prices are for
 * @param items        each item alone
 * @param together     all the items bought in one purchase
 * @param waysToEarn   what the customer could do to earn more
 */
public record OfferSheet(String customerName, String cardNumber, String available, String place, List<Item> items,
                         Item together, List<String> waysToEarn) {

    public OfferSheet {
        items = List.copyOf(items);
        waysToEarn = List.copyOf(waysToEarn);
    }

    /**
     * One item (or the whole basket): its price, the personal price after discounts, the most points payable, the
     * price when paying them, the points it would earn, and the explanations of the calculation.
     */
    public record Item(String name, int quantity, String price, String personalPrice, long maxPoints,
                       String maxPointsText, String priceAfterPoints, long earned, String earnedText,
                       List<String> explanations) {

        public Item {
            explanations = List.copyOf(explanations);
        }
    }
}
