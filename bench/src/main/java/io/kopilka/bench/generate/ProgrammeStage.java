package io.kopilka.bench.generate;

/**
 * The demo programme's structure when the database has none yet (as the application's demo loader would write it):
 * networks, regions, tiers, policies, the staff logins and the API keys. A database that already holds a programme —
 * e.g. the application started once with the demo — is left as it is.
 */
final class ProgrammeStage implements Stage {

    private final String demoPasswordHash;

    ProgrammeStage(String demoPasswordHash) {
        this.demoPasswordHash = demoPasswordHash;
    }

    @Override
    public String name() {
        return "programme";
    }

    @Override
    public void run(Sql sql, Scale scale) {
        if (sql.number("SELECT COUNT(*) FROM network") > 0) {
            return;
        }
        long id = Scale.PROMOTION_ID - 1_000;
        sql.run("INSERT INTO network (id, code, name) VALUES (" + (id + 1) + ", 'gadgets', 'Гаджеты'), (" + (id + 2)
                + ", 'home', 'Техника для дома'), (" + (id + 3) + ", 'service', 'Сервисный центр'), (" + (id + 4)
                + ", 'business', 'Отдел B2B')");
        sql.run("INSERT INTO region (id, code, name, min_order_for_cashback) VALUES (" + (id + 11)
                + ", 'MSK', 'Москва', 10000.00), (" + (id + 12) + ", 'SPB', 'Санкт-Петербург', 5000.00), ("
                + (id + 13) + ", 'OTHER', 'Другие регионы', 4000.00)");
        sql.run("INSERT INTO tier (id, code, name, rank_order, qualifying_purchases, cashback_percent, max_redeem_percent)"
                + " VALUES (" + (id + 21) + ", 'START', 'Старт', 1, 0.00, 1.50, 50.00), (" + (id + 22)
                + ", 'SILVER', 'Серебро', 2, 50000.00, 3.00, 70.00), (" + (id + 23)
                + ", 'GOLD', 'Золото', 3, 150000.00, 5.00, 99.00)");
        sql.run("INSERT INTO programme_policies (id, currency, qualification, qualification_window_months, availability,"
                + " availability_value, expiry, expiry_months, monthly_cashback_cap) VALUES (" + (id + 31)
                + ", 'RUB', 'PURCHASE_SUM_IN_WINDOW', 14, 'ON_DELIVERY_DAILY', 0, 'MONTHS_AFTER_LAST_PURCHASE', 14, 3000)");
        String[][] staff = {{"consultant", "Ольга Петрова", "CONSULTANT"}, {"marketer", "Мария Соколова", "MARKETER"},
                {"admin", "Администратор", "ADMIN"}, {"finance", "Игорь Лебедев", "FINANCE"}};
        for (int i = 0; i < staff.length; i++) {
            sql.run("INSERT INTO user_account (id, login, password_hash, display_name) VALUES (" + (id + 41 + i)
                    + ", '" + staff[i][0] + "', '" + demoPasswordHash + "', '" + staff[i][1] + "')");
            sql.run("INSERT INTO user_role (user_id, role) VALUES (" + (id + 41 + i) + ", '" + staff[i][2] + "')");
        }
        String[][] keys = {{"demo-gadgets-key", "Gadgets shops", "'gadgets'", "ORDERS"},
                {"demo-home-key", "Home appliances shops", "'home'", "ORDERS"},
                {"demo-service-key", "Service centre", "'service'", "ORDERS"},
                {"demo-business-key", "B2B desk", "'business'", "ORDERS"},
                {"demo-operator-key", "Operator", "NULL", "OPERATOR"}};
        for (int i = 0; i < keys.length; i++) {
            sql.run("INSERT INTO api_key (id, name, network_code, scope, key_hash, key_hint) VALUES (" + (id + 51 + i)
                    + ", '" + keys[i][1] + "', " + keys[i][2] + ", '" + keys[i][3] + "', SHA2('" + keys[i][0]
                    + "', 256), '-key')");
        }
    }
}
