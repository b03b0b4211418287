package io.kopilka.customers.internal;

import static io.kopilka.customers.internal.SearchQueries.startsWith;
import static io.kopilka.db.Tables.COMPANY;

import io.kopilka.customers.Company;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * The staff's company search. Digits are read as the start of an INN ({@code ux_company_inn}); anything else as the
 * start of the name ({@code ix_company_name}, in name order, so LIMIT stops the range read early) and then as the
 * starts of words anywhere in the name ({@code ft_company_name}, a full-text index: "Ромашка" finds «ООО "Ромашка"»).
 * Each reading is its own limited query; the results are merged without repeats, best reading first.
 */
@Component
class CompanySearch {

    private static final Pattern INN_LIKE = Pattern.compile("[\\d\\s]+");
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The full-text index leaves out shorter words (innodb_ft_min_token_size), so they cannot be asked for. */
    static final int MIN_INDEXED_WORD = 3;

    private final DSLContext db;

    CompanySearch(DSLContext db) {
        this.db = db;
    }

    List<Company> search(String query, int limit) {
        return SearchQueries.merged(queries(query, limit), row -> CustomerRows.toCompany(row.into(COMPANY)),
                company -> company.companyId().value(), limit);
    }

    /** The queries one search runs, best match first. */
    List<ResultQuery<Record>> queries(String typed, int limit) {
        String query = typed.strip();
        List<ResultQuery<Record>> queries = new ArrayList<>();
        if (query.isEmpty()) {
            return queries;
        }
        if (INN_LIKE.matcher(query).matches()) {
            queries.add(query(startsWith(COMPANY.INN, query.replaceAll("\\s", "")), COMPANY.INN, limit));
            return queries;
        }
        queries.add(query(startsWith(COMPANY.NAME, query.replaceAll("\\s+", " ")), COMPANY.NAME, limit));
        List<String> words = Arrays.stream(NOT_A_WORD_CHARACTER.split(query))
                .filter(word -> word.length() >= MIN_INDEXED_WORD).toList();
        if (!words.isEmpty()) {
            // Boolean mode: every word required (+), each as a prefix (*); the words hold no operators any more.
            String match = String.join(" ", words.stream().map(word -> "+" + word + "*").toList());
            queries.add(query(DSL.condition("MATCH({0}) AGAINST ({1} IN BOOLEAN MODE)", COMPANY.NAME, DSL.val(match)),
                    COMPANY.NAME, limit));
        }
        return queries;
    }

    private ResultQuery<Record> query(Condition condition, OrderField<?> order, int limit) {
        return db.select(COMPANY.fields()).from(COMPANY).where(condition).orderBy(order, COMPANY.ID).limit(limit);
    }
}
