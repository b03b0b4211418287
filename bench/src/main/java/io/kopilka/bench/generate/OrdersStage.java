package io.kopilka.bench.generate;

import static io.kopilka.bench.generate.Sql.elt;
import static io.kopilka.bench.generate.Sql.pick;

/**
 * Orders over the period with what their calculation gave, in a working table {@code bench_order} first (one row per
 * order with every derived figure: points, releases, the points a later order spends), then the order tables:
 * orders, lines, payments, B2B shipments with partial deliveries, settlement items and the members' order locks.
 *
 * <p>Person c's k-th order is order k·customers + c, placed in the k-th slice of the period, so a person's orders are
 * weeks apart and each is delivered and settled before the next one is placed — which lets that next one spend the
 * previous order's points (its lot) without any other bookkeeping. A fiftieth of the people are B2B buyers whose orders
 * go to the business network on their company's account, shipped in two batches (the second one still on its way for
 * recent orders). 1 in 12 retail orders is anonymous, 1 in 50 cancelled.
 */
final class OrdersStage implements Stage {

    static final String WORK_TABLE = "bench_order";

    /** Main products per network (gadgets, home, service): name, category, brand. */
    private static final String[][] PRODUCTS = {
            {"Смартфон Acme X5", "smartphones", "Acme"}, {"Ноутбук Bolt 14", "laptops", "Bolt"},
            {"Наушники Sonic Pro", "audio", "Sonic"}, {"Телевизор Acme Vision 55", "tv", "Acme"},
            {"Холодильник Frost 300", "fridges", "Frost"}, {"Стиральная машина Aqua 7", "washers", "Aqua"},
            {"Пылесос Dusty Max", "vacuum", "Dusty"}, {"Микроволновая печь Wave", "kitchen", "Wave"},
            {"Ремонт смартфона", "repair", "Acme"}, {"Замена экрана", "repair", "Bolt"},
            {"Чистка ноутбука", "repair", "Bolt"}, {"Диагностика", "diagnostics", "Kopilka"}};
    /** Second and third lines: accessories and services. */
    private static final String[][] EXTRAS = {
            {"Кабель USB-C", "accessories", "Acme"}, {"Чехол", "accessories", "Cover"},
            {"Кронштейн", "tv", "Mountly"}, {"Гарантия +1 год", "services", "Kopilka"}};
    private static final String[] DESTINATIONS = {"Склад, Москва", "Склад, Санкт-Петербург", "Магазин, Тверь",
            "Офис, Казань", "Склад, Екатеринбург"};

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public void run(Sql sql, Scale scale) {
        createWorkTable(sql);
        Stage.inChunks(scale.orders(), scale.chunk(), (from, to) -> fillWorkTable(sql, scale, from, to));
        Stage.inChunks(scale.orders(), scale.chunk(), (from, to) -> spendPreviousLots(sql, scale, from, to));
        sql.run("ALTER TABLE " + WORK_TABLE + " ADD INDEX ix_bench_order_member (member_id)");
        Stage.inChunks(scale.orders(), scale.chunk(), (from, to) -> {
            String range = " FROM " + WORK_TABLE + " o WHERE o.seq BETWEEN " + from + " AND " + to;
            insertOrders(sql, range);
            insertLines(sql, scale, from, to);
            insertPayments(sql, range);
            insertShipments(sql, scale, range);
            insertSettlementItems(sql, range);
        });
        sql.run("INSERT INTO orders_member_lock (member_id) SELECT DISTINCT member_id FROM " + WORK_TABLE
                + " WHERE member_id IS NOT NULL");
    }

    private static void createWorkTable(Sql sql) {
        sql.run("DROP TABLE IF EXISTS " + WORK_TABLE);
        sql.run("CREATE TABLE " + WORK_TABLE + " ("
                + " seq BIGINT NOT NULL PRIMARY KEY, c BIGINT NOT NULL, external_id VARCHAR(64) NOT NULL,"
                + " customer_id BIGINT NULL, member_id BIGINT NULL, business BOOLEAN NOT NULL, network VARCHAR(32) NOT NULL,"
                + " net_idx INT NOT NULL, region VARCHAR(8) NOT NULL, channel VARCHAR(20) NOT NULL, placed_at DATETIME(6) NOT NULL,"
                + " subtotal DECIMAL(14,2) NOT NULL, n_lines INT NOT NULL, price2 DECIMAL(14,2) NOT NULL, price3 DECIMAL(14,2) NOT NULL,"
                + " units INT NOT NULL, units1 INT NOT NULL, product INT NOT NULL, extra2 INT NOT NULL, extra3 INT NOT NULL,"
                + " percent DECIMAL(4,1) NOT NULL, full_points BIGINT NOT NULL, points BIGINT NOT NULL, cancelled BOOLEAN NOT NULL,"
                + " delivered_at DATETIME(6) NULL, ship1_delivered DATETIME(6) NULL, ship2_delivered DATETIME(6) NULL,"
                + " points1 BIGINT NOT NULL, points2 BIGINT NOT NULL, released1 BIGINT NOT NULL, released2 BIGINT NOT NULL,"
                + " lot_transfer BIGINT NULL, lot_line INT NULL, release_time DATETIME(6) NULL,"
                + " redeemed BIGINT NOT NULL DEFAULT 0, lot_spent BIGINT NOT NULL DEFAULT 0, payment VARCHAR(10) NOT NULL"
                + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    }

    /** Three nested selects: the order's person and kind, then its money and dates, then its points and releases. */
    private static void fillWorkTable(Sql sql, Scale scale, long from, long to) {
        long n = scale.customers();
        long half = Math.max(1, scale.spacingDays() / 2);
        String end = scale.endLiteral();
        String kinds = "SELECT seq, c, k, " + People.buyer("c") + " AS business,"
                + " NOT " + People.buyer("c") + " AND " + pick("anon", "seq", 12) + " = 0 AS anonymous,"
                + " IF(" + People.buyer("c") + ", 3, IF(" + pick("net", "seq", 20) + " < 9, 0, IF(" + pick("net", "seq", 20)
                + " < 15, 1, 2))) AS net_idx, " + People.region("c") + " AS region,"
                + " IF(" + People.buyer("c") + ", 1.5, " + People.cashbackPercent("c") + ") AS percent,"
                + " " + scale.startLiteral() + " + INTERVAL (" + pick("cstart", "c", (int) half) + " + k * "
                + scale.spacingDays() + " + " + pick("jitter", "seq", (int) half) + ") DAY + INTERVAL (32400 + "
                + pick("time", "seq", 43_200) + ") SECOND AS placed_at"
                + " FROM (SELECT seq, 1 + (seq - 1) % " + n + " AS c, (seq - 1) DIV " + n + " AS k FROM seq_" + from
                + "_to_" + to + ") s";
        String money = "SELECT s.*, IF(business, 20 + " + pick("units", "seq", 81) + ", 1) AS units,"
                + " IF(business, (20 + " + pick("units", "seq", 81) + ") * (500 + 100 * " + pick("uprice", "seq", 20)
                + "), 3990 + " + pick("sub1", "seq", 50) + " * " + pick("sub2", "seq", 50) + " * 24) AS subtotal,"
                + " IF(business, 1, 1 + " + pick("lines", "seq", 3) + ") AS n_lines,"
                + " 390 + 100 * " + pick("p2", "seq", 10) + " AS price2, 290 + 100 * " + pick("p3", "seq", 10) + " AS price3,"
                + " NOT business AND NOT anonymous AND " + pick("cancel", "seq", 50) + " = 0 AS cancelled,"
                + " placed_at + INTERVAL (1 + " + pick("deliver", "seq", 5) + ") DAY + INTERVAL 3 HOUR AS retail_delivery"
                + " FROM (" + kinds + ") s";
        String points = "SELECT m.*, IF(anonymous OR subtotal < CASE region WHEN 'MSK' THEN 10000 WHEN 'SPB' THEN 5000"
                + " ELSE 4000 END, 0, FLOOR(subtotal * percent / 100)) AS full_points FROM (" + money + ") m";
        String settled = "< " + end + " - INTERVAL 1 DAY";
        sql.run("INSERT INTO " + WORK_TABLE + " (seq, c, external_id, customer_id, member_id, business, network, net_idx,"
                + " region, channel, placed_at, subtotal, n_lines, price2, price3, units, units1, product, extra2, extra3,"
                + " percent, full_points, points, cancelled, delivered_at, ship1_delivered, ship2_delivered, points1, points2,"
                + " released1, released2, lot_transfer, lot_line, release_time, payment)"
                + " SELECT seq, c, CONCAT(" + elt("net_idx", "G", "H", "S", "B") + ", '-', seq),"
                + " IF(anonymous, NULL, " + People.customerId("c") + "),"
                + " IF(anonymous, NULL, IF(business, " + People.companyId("c") + ", " + People.customerId("c") + ")),"
                + " business, " + elt("net_idx", "gadgets", "home", "service", "business") + ", net_idx, region,"
                + " IF(business, 'B2B', IF(net_idx = 2, 'SERVICE_CENTRE', " + elt(pick("channel", "seq", 3), "POS", "WEB", "APP")
                + ")), placed_at, subtotal, n_lines, price2, price3, units, units DIV 2,"
                + " net_idx * 4 + " + pick("product", "seq", 4) + ", " + pick("extra2", "seq", 4) + ", " + pick("extra3", "seq", 4) + ","
                + " percent, full_points, LEAST(full_points, 3000) AS pts, cancelled,"
                + " IF(NOT business AND NOT cancelled AND retail_delivery < " + end + ", retail_delivery, NULL),"
                + " IF(business AND placed_at + INTERVAL 3 DAY < " + end + ", placed_at + INTERVAL 3 DAY, NULL),"
                + " IF(business AND placed_at + INTERVAL 9 DAY < " + end + ", placed_at + INTERVAL 9 DAY, NULL),"
                + " IF(business, FLOOR(LEAST(full_points, 3000) * (units DIV 2) / units), LEAST(full_points, 3000)),"
                + " IF(business, LEAST(full_points, 3000) - FLOOR(LEAST(full_points, 3000) * (units DIV 2) / units), 0),"
                // released: what the settlement has made available (delivered before yesterday)
                + " IF(cancelled OR anonymous, 0, IF(business, IF(placed_at + INTERVAL 3 DAY " + settled + ","
                + " FLOOR(LEAST(full_points, 3000) * (units DIV 2) / units), 0), IF(retail_delivery " + settled + ","
                + " LEAST(full_points, 3000), 0))),"
                + " IF(business AND NOT anonymous AND placed_at + INTERVAL 9 DAY " + settled + ","
                + " LEAST(full_points, 3000) - FLOOR(LEAST(full_points, 3000) * (units DIV 2) / units), 0),"
                // a retail order's lot: a line of its chunk's release transfer of that day and network
                + " IF(business, NULL, " + Scale.RELEASE_ID + " + (((seq - 1) DIV " + scale.chunk() + ") * 1000 +"
                + " DATEDIFF(retail_delivery, " + scale.startLiteral() + ")) * 4 + net_idx),"
                + " IF(business, NULL, 2 * ((seq - 1) % " + scale.chunk() + ") + 2),"
                + " IF(business, NULL, TIMESTAMP(DATE(retail_delivery)) + INTERVAL 1 DAY - INTERVAL 1 MICROSECOND),"
                + " IF(business, 'OTHER', " + elt(pick("pay", "seq", 20) + " DIV 4", "CARD", "CARD", "CARD", "SBP", "CASH") + ")"
                + " FROM (" + points + ") p");
    }

    /**
     * Half the retail orders after the first spend part of the previous order's points (its lot), when that
     * order's points were released before this one was placed.
     */
    private static void spendPreviousLots(Sql sql, Scale scale, long from, long to) {
        long n = scale.customers();
        if (to <= n) {
            return;
        }
        sql.run("UPDATE " + WORK_TABLE + " o STRAIGHT_JOIN " + WORK_TABLE + " p ON p.seq = o.seq - " + n
                + " SET o.redeemed = FLOOR(p.released1 * (30 + " + pick("spend", "o.seq", 70) + ") / 100)"
                + " WHERE o.seq BETWEEN " + Math.max(from, n + 1) + " AND " + to + " AND NOT o.business AND o.customer_id IS NOT NULL"
                + " AND NOT o.cancelled AND p.customer_id IS NOT NULL AND p.released1 >= 2 AND p.release_time < o.placed_at"
                + " AND " + pick("redeem", "o.seq", 2) + " = 0");
        // the chunk's orders drive the join (by their primary key), the earlier orders are looked up by theirs
        sql.run("UPDATE " + WORK_TABLE + " o STRAIGHT_JOIN " + WORK_TABLE + " p ON p.seq = o.seq - " + n
                + " SET p.lot_spent = o.redeemed WHERE o.seq BETWEEN " + Math.max(from, n + 1) + " AND " + to
                + " AND o.redeemed > 0");
    }

    private static void insertOrders(Sql sql, String range) {
        String status = "IF(o.cancelled, 'CANCELLED', IF(o.business, IF(o.ship2_delivered IS NULL, 'PLACED', 'DELIVERED'),"
                + " IF(o.delivered_at IS NULL, 'PAID', 'DELIVERED')))";
        sql.run("INSERT INTO orders_order (id, network_code, external_id, fingerprint, customer_id, member_id, channel,"
                + " region_code, store, placed_at, status, subtotal, discount, total, amount_returned, points_accrued,"
                + " points_redeemed, calculation, placed_response, paid_at, delivered_at, cancelled_at)"
                + " SELECT " + Scale.ORDER_ID + " + o.seq, o.network, o.external_id, SHA2(o.external_id, 256), o.customer_id,"
                + " o.member_id, o.channel, o.region, IF(o.channel IN ('POS', 'SERVICE_CENTRE'), CONCAT('Магазин № ', 1 + "
                + pick("store", "o.seq", 300) + "), NULL), o.placed_at, " + status + ", o.subtotal, 0, o.subtotal, 0, o.points,"
                + " o.redeemed, " + Calculations.json() + ", " + Calculations.json() + ","
                + " IF(o.business OR o.cancelled, NULL, o.placed_at),"
                + " IF(o.business, o.ship2_delivered, o.delivered_at), IF(o.cancelled, o.placed_at + INTERVAL 2 HOUR, NULL)"
                + range);
    }

    private static void insertLines(Sql sql, Scale scale, long from, long to) {
        String extra = "IF(l.seq = 2, o.extra2, o.extra3)";
        String price = "IF(l.seq = 1, o.subtotal / o.units - IF(o.n_lines > 1, o.price2, 0) - IF(o.n_lines > 2, o.price3, 0),"
                + " IF(l.seq = 2, o.price2, o.price3))";
        String quantity = "IF(l.seq = 1, o.units, 1)";
        String end = scale.endLiteral();
        sql.run("INSERT INTO orders_line (order_id, line_no, line_id, sku, name, category, brand, supplier, quantity,"
                + " unit_price, discount, redeemed, cashback, shipped, delivered, returned)"
                + " SELECT " + Scale.ORDER_ID + " + o.seq, l.seq, IF(o.business, 'A', l.seq),"
                + " IF(l.seq = 1, CONCAT('SKU-', 1000 + o.product), CONCAT('SKU-', 2000 + " + extra + ")),"
                + " IF(l.seq = 1, " + column(PRODUCTS, 0, "o.product") + ", " + column(EXTRAS, 0, extra) + "),"
                + " IF(l.seq = 1, " + column(PRODUCTS, 1, "o.product") + ", " + column(EXTRAS, 1, extra) + "),"
                + " IF(l.seq = 1, " + column(PRODUCTS, 2, "o.product") + ", " + column(EXTRAS, 2, extra) + "), NULL,"
                + " " + quantity + ", " + price + ", 0, IF(l.seq = 1, o.redeemed, 0),"
                + " IF(l.seq = 1, o.points - " + Calculations.extraCashback(2) + " - " + Calculations.extraCashback(3) + ","
                + " IF(l.seq = 2, " + Calculations.extraCashback(2) + ", " + Calculations.extraCashback(3) + ")),"
                + " IF(o.business, IF(o.placed_at + INTERVAL 1 DAY < " + end + ", o.units1, 0)"
                + " + IF(o.placed_at + INTERVAL 5 DAY < " + end + ", o.units - o.units1, 0), 0),"
                + " IF(o.business, IF(o.ship1_delivered IS NULL, 0, o.units1) + IF(o.ship2_delivered IS NULL, 0, o.units - o.units1),"
                + " IF(o.delivered_at IS NULL, 0, " + quantity + ")), 0"
                + " FROM " + WORK_TABLE + " o JOIN seq_1_to_3 l ON l.seq <= o.n_lines WHERE o.seq BETWEEN " + from + " AND " + to);
    }

    private static void insertPayments(Sql sql, String range) {
        sql.run("INSERT INTO orders_payment (order_id, seq, method, amount) SELECT " + Scale.ORDER_ID + " + o.seq, 1,"
                + " o.payment, o.subtotal - o.redeemed" + range);
        sql.run("INSERT INTO orders_payment (order_id, seq, method, amount) SELECT " + Scale.ORDER_ID + " + o.seq, 2,"
                + " 'POINTS', o.redeemed" + range + " AND o.redeemed > 0");
    }

    /** Two batches per B2B order: shipped one and five days after the order, delivered two and four days later. */
    private static void insertShipments(Sql sql, Scale scale, String range) {
        for (int batch = 1; batch <= 2; batch++) {
            String shipped = "o.placed_at + INTERVAL " + (batch == 1 ? 1 : 5) + " DAY";
            String units = batch == 1 ? "o.units1" : "o.units - o.units1";
            String where = range + " AND o.business AND " + shipped + " < " + scale.endLiteral();
            sql.run("INSERT INTO orders_shipment (order_id, shipment_id, destination, shipped_at, delivered_at, points)"
                    + " SELECT " + Scale.ORDER_ID + " + o.seq, CONCAT(o.external_id, '-" + batch + "'), "
                    + elt(pick("dest" + batch, "o.seq", DESTINATIONS.length), DESTINATIONS) + ", " + shipped + ", o.ship"
                    + batch + "_delivered, o.points" + batch + where);
            sql.run("INSERT INTO orders_shipment_line (order_id, shipment_id, line_id, quantity)"
                    + " SELECT " + Scale.ORDER_ID + " + o.seq, CONCAT(o.external_id, '-" + batch + "'), 'A', " + units
                    + where);
        }
    }

    /** Settlement items: one per delivered retail order with points, one per delivered batch with points. */
    private static void insertSettlementItems(Sql sql, String range) {
        String columns = "INSERT INTO orders_settlement (id, network_code, source_ref, order_id, shipment_id, member_id,"
                + " points, due_at, is_open, settled_at) SELECT ";
        sql.run(columns + Scale.SETTLEMENT_ID + " + 2 * o.seq, o.network, CONCAT('order:', o.external_id), "
                + Scale.ORDER_ID + " + o.seq, NULL, o.member_id, NULL, o.delivered_at, o.released1 = 0,"
                + " IF(o.released1 = 0, NULL, o.delivered_at)" + range
                + " AND NOT o.business AND o.member_id IS NOT NULL AND o.points > 0 AND o.delivered_at IS NOT NULL");
        for (int batch = 1; batch <= 2; batch++) {
            String delivered = "o.ship" + batch + "_delivered";
            sql.run(columns + Scale.SETTLEMENT_ID + " + 2 * o.seq + " + (batch - 1) + ", o.network, CONCAT('order:',"
                    + " o.external_id), " + Scale.ORDER_ID + " + o.seq, CONCAT(o.external_id, '-" + batch + "'),"
                    + " o.member_id, o.points" + batch + ", " + delivered + ", o.released" + batch + " = 0,"
                    + " IF(o.released" + batch + " = 0, NULL, " + delivered + ")" + range
                    + " AND o.business AND o.member_id IS NOT NULL AND o.points" + batch + " > 0 AND " + delivered
                    + " IS NOT NULL");
        }
    }

    private static String column(String[][] rows, int column, String index) {
        String[] values = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][column];
        }
        return elt(index, values);
    }
}
