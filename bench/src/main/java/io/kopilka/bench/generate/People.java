package io.kopilka.bench.generate;

import static io.kopilka.bench.generate.Sql.elt;
import static io.kopilka.bench.generate.Sql.pick;

/** SQL expressions of a generated person's attributes from their number {@code c} (1..customers). */
final class People {

    private static final String[] MALE_NAMES = {"Александр", "Алексей", "Андрей", "Артём", "Борис", "Вадим",
            "Виктор", "Владимир", "Дмитрий", "Евгений", "Иван", "Игорь", "Илья", "Кирилл", "Максим", "Михаил",
            "Николай", "Олег", "Павел", "Сергей"};
    private static final String[] FEMALE_NAMES = {"Алина", "Анастасия", "Анна", "Валентина", "Вера", "Дарья",
            "Екатерина", "Елена", "Ирина", "Ксения", "Людмила", "Марина", "Мария", "Наталья", "Ольга", "Полина",
            "Светлана", "Татьяна", "Юлия", "Яна"};
    /** Surnames whose feminine form adds "а". */
    private static final String[] SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
            "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
            "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
            "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв"};

    private People() {
    }

    /** A fiftieth of the people are B2B buyers, four per company. */
    static String buyer(String c) {
        return "((" + c + " - 1) % 50 = 0)";
    }

    /** The first buyer of each company administers it. */
    static String admin(String c) {
        return "((" + c + " - 1) % 200 = 0)";
    }

    /** The id of the person's company (meaningful for buyers only). */
    static String companyId(String c) {
        return "(" + Scale.COMPANY_ID + " + 1 + (" + c + " - 1) DIV 200)";
    }

    static String customerId(String c) {
        return "(" + Scale.CUSTOMER_ID + " + " + c + ")";
    }

    /** 70 % START, 22 % SILVER, 8 % GOLD; buyers START. */
    static String tier(String c) {
        String p = pick("tier", c, 100);
        return "IF(" + buyer(c) + ", 'START', IF(" + p + " < 70, 'START', IF(" + p + " < 92, 'SILVER', 'GOLD')))";
    }

    /** The tier's cashback percentage, as the programme's tiers define it. */
    static String cashbackPercent(String c) {
        String tier = tier(c);
        return "(CASE " + tier + " WHEN 'GOLD' THEN 5.0 WHEN 'SILVER' THEN 3.0 ELSE 1.5 END)";
    }

    /** 40 % Moscow, 25 % St Petersburg, 35 % the other regions. */
    static String region(String c) {
        String p = pick("region", c, 20);
        return "IF(" + p + " < 8, 'MSK', IF(" + p + " < 13, 'SPB', 'OTHER'))";
    }

    static String female(String c) {
        return "(" + pick("sex", c, 2) + " = 1)";
    }

    static String firstName(String c) {
        return "IF(" + female(c) + ", " + elt(pick("fname", c, FEMALE_NAMES.length), FEMALE_NAMES) + ", "
                + elt(pick("mname", c, MALE_NAMES.length), MALE_NAMES) + ")";
    }

    static String lastName(String c) {
        return "CONCAT(" + elt(pick("surname", c, SURNAMES.length), SURNAMES) + ", IF(" + female(c) + ", 'а', ''))";
    }

    /** +7 910 … : the number itself, so a benchmark finds person c by phone. */
    static String phone(String c) {
        return "CONCAT('+791', LPAD(" + c + ", 8, '0'))";
    }

    /** 29 + ten digits of the number + the EAN-13 check digit, as the application's card numbers look. */
    static String cardNumber(String c) {
        String body = "CONCAT('29', LPAD(" + c + ", 10, '0'))";
        StringBuilder sum = new StringBuilder("(");
        for (int i = 0; i < 12; i++) {
            sum.append(i == 0 ? "" : " + ").append("SUBSTRING(").append(body).append(", ").append(i + 1)
                    .append(", 1) * ").append(i % 2 == 0 ? 1 : 3);
        }
        sum.append(")");
        return "CONCAT(" + body + ", (10 - " + sum + " % 10) % 10)";
    }
}
