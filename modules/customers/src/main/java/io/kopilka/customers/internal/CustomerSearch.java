package io.kopilka.customers.internal;

import static io.kopilka.customers.internal.SearchQueries.startsWith;
import static io.kopilka.db.Tables.CUSTOMER;

import io.kopilka.customers.Customer;
import io.kopilka.db.ReplicaReads;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Component;

/**
 * The consultants' search. Each reading of the query (phone prefix, card prefix, e-mail prefix, surname and/or name
 * prefix) is its own {@code LIKE 'prefix%'} query on its own index, ordered by that index and limited, so each is a
 * short index range scan however many people there are; the results are merged without repeats.
 *
 * <p>It reads the replica when one is configured ({@link ReplicaReads}): a person registered a moment ago may be
 * missing from it for as long as the replica lags, which the search page makes up for by looking up a typed phone,
 * card or e-mail exactly on the primary ({@code Customers.findBy…}).
 */
@Component
class CustomerSearch {

    private static final Pattern PHONE_OR_CARD = Pattern.compile("\\+?[\\d\\s()\\-.]*\\d[\\d\\s()\\-.]*");

    private static final int CARD_DIGITS = 13;

    private final DSLContext db;

    CustomerSearch(@ReplicaReads DSLContext db) {
        this.db = db;
    }

    List<Customer> search(String query, int limit, TierNames tiers) {
        return SearchQueries.merged(queries(query, limit), row -> CustomerRows.toCustomer(row, tiers),
                customer -> customer.customerId().value(), limit);
    }

    /** The queries one search runs, best match first. */
    List<ResultQuery<Record>> queries(String typed, int limit) {
        String query = typed.strip();
        List<ResultQuery<Record>> queries = new ArrayList<>();
        if (query.isEmpty()) {
            return queries;
        }
        if (query.contains("@")) {
            queries.add(query(startsWith(CUSTOMER.EMAIL, EmailAddresses.lowerCase(query)),
                    List.of(CUSTOMER.EMAIL), limit));
        } else if (PHONE_OR_CARD.matcher(query).matches()) {
            for (String prefix : PhoneNumbers.searchPrefixes(query)) {
                queries.add(query(startsWith(CUSTOMER.PHONE, prefix), List.of(CUSTOMER.PHONE), limit));
            }
            String digits = query.replaceAll("\\D", "");
            if (!query.startsWith("+") && digits.length() <= CARD_DIGITS) {
                queries.add(query(startsWith(CUSTOMER.CARD_NUMBER, digits), List.of(CUSTOMER.CARD_NUMBER), limit));
            }
        } else {
            String[] words = query.split("\\s+");
            if (words.length == 1) {
                queries.add(query(startsWith(CUSTOMER.LAST_NAME, words[0]),
                        List.of(CUSTOMER.LAST_NAME, CUSTOMER.FIRST_NAME), limit));
                queries.add(query(startsWith(CUSTOMER.FIRST_NAME, words[0]), List.of(CUSTOMER.FIRST_NAME), limit));
            } else {
                // "Ivanov Ivan" and "Ivan Ivanov" are both common; the (last_name, first_name) index serves both.
                queries.add(query(startsWith(CUSTOMER.LAST_NAME, words[0]).and(startsWith(CUSTOMER.FIRST_NAME, words[1])),
                        List.of(CUSTOMER.LAST_NAME, CUSTOMER.FIRST_NAME), limit));
                queries.add(query(startsWith(CUSTOMER.LAST_NAME, words[1]).and(startsWith(CUSTOMER.FIRST_NAME, words[0])),
                        List.of(CUSTOMER.LAST_NAME, CUSTOMER.FIRST_NAME), limit));
            }
        }
        return queries;
    }

    private ResultQuery<Record> query(Condition condition, List<? extends OrderField<?>> order, int limit) {
        return CustomerRows.query(db, condition, order, limit);
    }
}
