package io.kopilka.bench.generate;

import static io.kopilka.bench.generate.Sql.pick;

/**
 * People with their cards, consents and tiers; companies with four buyers each (the first one administers it); the
 * tier history (registration, and the rise of SILVER and GOLD people).
 */
final class CustomersStage implements Stage {

    private static final String[] COMPANY_WORDS = {"Альфа", "Вектор", "Гранит", "Сфера", "Меридиан", "Орион",
            "Полюс", "Ресурс", "Стандарт", "Техно", "Импульс", "Прогресс"};
    private static final String[] COMPANY_KINDS = {"Снаб", "Трейд", "Сервис", "Строй", "Маркет", "Логистик"};

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public void run(Sql sql, Scale scale) {
        sql.run("INSERT INTO company (id, inn, kpp, name) SELECT " + Scale.COMPANY_ID + " + seq, CONCAT('78', LPAD(seq, 8, '0')),"
                + " '780101001', CONCAT('ООО «', " + Sql.elt(pick("cw", "seq", COMPANY_WORDS.length), COMPANY_WORDS)
                + ", '-', " + Sql.elt(pick("ck", "seq", COMPANY_KINDS.length), COMPANY_KINDS) + ", '» № ', seq)"
                + " FROM seq_1_to_" + scale.companies());
        String registered = scale.startLiteral() + " - INTERVAL " + pick("reg", "seq", 400) + " DAY + INTERVAL "
                + pick("regt", "seq", 86_400) + " SECOND";
        Stage.inChunks(scale.customers(), scale.chunk(), (from, to) -> {
            sql.run("INSERT INTO customer (id, phone, email, first_name, last_name, birth_date, card_number, consent_email,"
                    + " consent_sms, consent_push, tier_code, company_id, registered_at)"
                    + " SELECT " + People.customerId("seq") + ", " + People.phone("seq") + ","
                    + " IF(" + pick("email", "seq", 10) + " < 7, CONCAT('c', seq, '@bench.kopilka.example'), NULL), "
                    + People.firstName("seq") + ", " + People.lastName("seq") + ","
                    + " IF(" + pick("bd", "seq", 5) + " = 0, NULL, DATE '1955-01-01' + INTERVAL " + pick("bdd", "seq", 17_000) + " DAY), "
                    + People.cardNumber("seq") + ", " + pick("ce", "seq", 10) + " < 6, " + pick("cs", "seq", 10) + " < 7, "
                    + pick("cp", "seq", 10) + " < 3, " + People.tier("seq") + ","
                    + " IF(" + People.buyer("seq") + ", " + People.companyId("seq") + ", NULL), " + registered
                    + " FROM seq_" + from + "_to_" + to);
            sql.run("INSERT INTO customer_tier_change (id, customer_id, from_tier, to_tier, reason, changed_at)"
                    + " SELECT " + Scale.TIER_CHANGE_ID + " + 2 * seq, " + People.customerId("seq") + ", NULL, 'START',"
                    + " 'REGISTRATION', " + registered + " FROM seq_" + from + "_to_" + to);
            sql.run("INSERT INTO customer_tier_change (id, customer_id, from_tier, to_tier, reason, changed_at)"
                    + " SELECT " + Scale.TIER_CHANGE_ID + " + 2 * seq + 1, " + People.customerId("seq") + ", 'START', "
                    + People.tier("seq") + ", 'PURCHASES_IN_WINDOW', " + scale.startLiteral() + " + INTERVAL "
                    + (30 + scale.periodDays() / 2) + " DAY + INTERVAL 4 HOUR FROM seq_" + from + "_to_" + to
                    + " WHERE " + People.tier("seq") + " <> 'START'");
        });
        sql.run("UPDATE company c STRAIGHT_JOIN customer p ON p.id = " + Scale.CUSTOMER_ID + " + 1 + (c.id - "
                + Scale.COMPANY_ID + " - 1) * 200 SET c.admin_customer_id = p.id WHERE c.id BETWEEN "
                + (Scale.COMPANY_ID + 1) + " AND " + (Scale.COMPANY_ID + scale.companies()));
    }
}
