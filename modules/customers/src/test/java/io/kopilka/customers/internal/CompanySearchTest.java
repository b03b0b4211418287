package io.kopilka.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.customers.Company;
import io.kopilka.customers.CustomersIntegrationTest;
import io.kopilka.customers.NewCompany;
import io.kopilka.customers.NewCustomer;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff find a company by the start of its INN, the start of its name, or the starts of words in its name. */
class CompanySearchTest extends CustomersIntegrationTest {

    private static final String ROMASHKA_NORTH_INN = "7701012342";
    private static final String ROMASHKA_FIELDS_INN = "7701056780";
    private static final String NORTH_WIND_INN = "7802099999";

    @Autowired
    private DSLContext db;

    @Autowired
    private CompanySearch search;

    @BeforeEach
    void companies() {
        if (customers.findCompanyByInn(ROMASHKA_NORTH_INN).isEmpty()) {
            buyerOf(ROMASHKA_NORTH_INN, "ООО «Ромашка-Север»");
            buyerOf(ROMASHKA_FIELDS_INN, "Ромашковые поля");
            buyerOf(NORTH_WIND_INN, "Северный ветер АО");
        }
    }

    private void buyerOf(String inn, String name) {
        customers.register(NewCustomer.withPhone(newPhone()).withCompany(NewCompany.of(inn, name)));
    }

    private List<String> names(String query) {
        return customers.searchCompanies(query, 20).stream().map(Company::name).toList();
    }

    @Test
    void digitsFindCompaniesWhoseInnStartsWithThem() {
        assertThat(names("770101")).containsExactly("ООО «Ромашка-Север»");
        assertThat(names("7701 0")).containsExactly("ООО «Ромашка-Север»", "Ромашковые поля");
        assertThat(names(NORTH_WIND_INN)).containsExactly("Северный ветер АО");
        assertThat(names("9999")).isEmpty();
    }

    @Test
    void aNamePrefixComesFirstThenNamesWithAWordStartingSo() {
        assertThat(names("ромаш")).containsExactly("Ромашковые поля", "ООО «Ромашка-Север»");
        assertThat(names("Ромашковые п")).containsExactly("Ромашковые поля");
    }

    @Test
    void everyWordMustStartAWordOfTheNameInAnyOrder() {
        assertThat(names("север ромашка")).containsExactly("ООО «Ромашка-Север»");
        assertThat(names("ветер")).containsExactly("Северный ветер АО");
        assertThat(names("север")).containsExactlyInAnyOrder("Северный ветер АО", "ООО «Ромашка-Север»");
    }

    @Test
    void operatorsAndWildcardsTypedIntoTheSearchMatchOnlyThemselves() {
        assertThat(names("%")).isEmpty();
        assertThat(names("_")).isEmpty();
        assertThat(names("-ромаш")).containsExactly("ООО «Ромашка-Север»", "Ромашковые поля");
        assertThat(names("\"ромаш*")).hasSize(2);
        assertThat(names("  ")).isEmpty();
    }

    @Test
    void theLimitIsKeptAndMustBePositive() {
        assertThat(customers.searchCompanies("ромашка", 1)).hasSize(1);
        assertThatThrownBy(() -> customers.searchCompanies("ромашка", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCompanySearchQueryReadsAnIndex() {
        for (String typed : List.of("7701", "Ромашка", "север ромашка")) {
            for (ResultQuery<Record> query : search.queries(typed, 20)) {
                Record plan = db.fetch("EXPLAIN " + db.renderInlined(query)).stream()
                        .filter(row -> "company".equals(row.get("table", String.class)))
                        .findFirst().orElseThrow();
                assertThat(plan.get("key", String.class)).as("index for %s: %s", typed, plan).isNotNull();
                assertThat(plan.get("type", String.class)).as("access for %s: %s", typed, plan)
                        .isIn("range", "ref", "const", "fulltext");
            }
        }
    }
}
