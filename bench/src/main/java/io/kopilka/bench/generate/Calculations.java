package io.kopilka.bench.generate;

/**
 * The stored calculation of a generated order (the JSON the order page reads), built in SQL from the work table's
 * row {@code o}: lines with their cashback and redeemed points, and the explanation the calculation would give.
 */
final class Calculations {

    private Calculations() {
    }

    /** The cashback of extra line 2 or 3: its share of the order's points, rounded down (line 1 takes the rest). */
    static String extraCashback(int line) {
        return "IF(o.n_lines >= " + line + ", FLOOR(o.price" + line + " * o.points / o.subtotal), 0)";
    }

    static String json() {
        return "CONCAT('{\"subtotal\":', o.subtotal, ',\"discount\":0.00,\"total\":', o.subtotal, ',\"lines\":[', "
                + line(1) + ", IF(o.n_lines > 1, CONCAT(',', " + line(2) + "), ''), IF(o.n_lines > 2, CONCAT(',', "
                + line(3) + "), ''), '],\"pointsToAccrue\":', o.points, ',\"maxRedeemable\":0,\"pointsRedeemed\":',"
                + " o.redeemed, ',\"promotions\":[],\"explanations\":[', " + explanations() + ", ']}')";
    }

    private static String line(int line) {
        String cashback = line == 1 ? "o.points - " + extraCashback(2) + " - " + extraCashback(3) : extraCashback(line);
        return "CONCAT('{\"lineId\":\"', IF(o.business, 'A', '" + line + "'), '\",\"discount\":0.00,\"redeemed\":', "
                + (line == 1 ? "o.redeemed" : "0") + ", ',\"cashback\":', " + cashback + ", '}')";
    }

    private static String explanations() {
        String anonymous = "'{\"code\":\"ANONYMOUS\",\"params\":{}}'";
        String belowMinimum = "CONCAT('{\"code\":\"BELOW_REGION_MINIMUM\",\"params\":{\"minimum\":\"', CASE o.region"
                + " WHEN 'MSK' THEN '10000.00' WHEN 'SPB' THEN '5000.00' ELSE '4000.00' END, '\",\"region\":\"', CASE o.region"
                + " WHEN 'MSK' THEN 'Москва' WHEN 'SPB' THEN 'Санкт-Петербург' ELSE 'Другие регионы' END,"
                + " '\",\"total\":\"', o.subtotal, '\"}}')";
        String tier = "CONCAT('{\"code\":\"TIER_CASHBACK\",\"params\":{\"base\":\"', o.subtotal, '\",\"percent\":\"',"
                + " TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM o.percent)), '\",\"points\":\"', o.full_points,"
                + " '\",\"tier\":\"', CASE o.percent WHEN 5.0 THEN 'Золото' WHEN 3.0 THEN 'Серебро' ELSE 'Старт' END, '\"}}',"
                + " IF(o.full_points > 3000, CONCAT(',{\"code\":\"MONTHLY_CAP_REACHED\",\"params\":{\"alreadyThisMonth\":\"0\","
                + "\"cap\":\"3000\",\"given\":\"3000\",\"notGiven\":\"', o.full_points - 3000, '\"}}'), ''))";
        return "IF(o.customer_id IS NULL, " + anonymous + ", IF(o.full_points = 0, " + belowMinimum + ", " + tier + "))";
    }
}
