package io.kopilka.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomersIntegrationTest;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consultants' search stays an index range scan as the table grows: with 100 000 people in the table every
 * query the search runs reads an index range in the index's order (so LIMIT stops it early), not the table, and
 * answers in well under a second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexesTest extends CustomersIntegrationTest {

    private static final int PEOPLE = 100_000;

    private static final List<String> TYPICAL_QUERIES = List.of("+7 300 001 23", "8 300 001", "1000000012",
            "synthetic1234@", "Synthetic1234", "Name12", "Synthetic12345 Name345", "Name345 Synthetic12345");

    @Autowired
    private DSLContext db;

    @Autowired
    private CustomerSearch search;

    @BeforeAll
    void manyPeople() {
        if (db.fetchCount(db.selectFrom(io.kopilka.db.Tables.CUSTOMER)) >= PEOPLE) {
            return;
        }
        // Set-based: 10^5 rows from a cross join of digits, in forms no other test uses (+73…, cards 1…, "Synthetic…").
        String digits = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
                + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
        db.execute("INSERT INTO customer (id, phone, email, first_name, last_name, card_number, tier_code, registered_at)"
                + " SELECT n, CONCAT('+73', LPAD(n, 9, '0')), CONCAT('synthetic', n, '@search.example.org'),"
                + " CONCAT('Name', n MOD 1000), CONCAT('Synthetic', n), CONCAT('1', LPAD(n, 12, '0')), 'START', NOW(6)"
                + " FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 1 AS n"
                + " FROM " + digits + " a CROSS JOIN " + digits + " b CROSS JOIN " + digits + " c CROSS JOIN "
                + digits + " e CROSS JOIN " + digits + " f) numbers");
        db.execute("ANALYZE TABLE customer");
    }

    @Test
    void everySearchQueryReadsAnIndexRange() {
        for (String typed : TYPICAL_QUERIES) {
            for (ResultQuery<Record> query : search.queries(typed, 20)) {
                Record plan = db.fetch("EXPLAIN " + db.renderInlined(query)).stream()
                        .filter(row -> "customer".equals(row.get("table", String.class)))
                        .findFirst().orElseThrow();
                assertThat(plan.get("key", String.class)).as("index for %s: %s", typed, plan).isNotNull();
                assertThat(plan.get("type", String.class)).as("access for %s: %s", typed, plan).isIn("range", "ref", "const");
                // Ordered by the index it reads, the query stops after the limit instead of sorting every match.
                assertThat(plan.get("Extra", String.class)).as("sorting for %s: %s", typed, plan).doesNotContain("filesort");
            }
        }
    }

    @Test
    void aSearchAnswersInWellUnderASecond() {
        for (String typed : TYPICAL_QUERIES) {
            long started = System.nanoTime();
            List<Customer> found = customers.search(typed, 20);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(found).as(typed).isNotEmpty().hasSizeLessThanOrEqualTo(20);
            assertThat(millis).as("%s took %d ms", typed, millis).isLessThan(500);
        }
    }
}
