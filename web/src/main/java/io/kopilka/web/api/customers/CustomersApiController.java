package io.kopilka.web.api.customers;

import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.HistoryCursor;
import io.kopilka.ledger.HistoryPage;
import io.kopilka.ledger.Ledger;
import io.kopilka.orders.Orders;
import io.kopilka.programme.Programme;
import io.kopilka.programme.TierQualification;
import io.kopilka.web.api.ApiProblem;
import io.kopilka.web.points.PointsTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The "Customers" part of the processing API: register, look up, balance and history. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomersApiController {

    /** How far ahead "expiring" looks. */
    private static final int EXPIRING_DAYS = 30;

    private final Customers customers;
    private final Ledger ledger;
    private final PointsTexts texts;
    private final Orders orders;
    private final Programme programme;

    CustomersApiController(Customers customers, Ledger ledger, PointsTexts texts, Orders orders,
                           Programme programme) {
        this.customers = customers;
        this.ledger = ledger;
        this.texts = texts;
        this.orders = orders;
        this.programme = programme;
    }

    @PostMapping
    @Operation(summary = "Register a customer; a phone already registered gives 409 naming the existing customerId")
    ResponseEntity<CustomerJson> register(@RequestBody RegisterCustomerJson body) {
        Customer customer = customers.register(body.toNewCustomer());
        return ResponseEntity.status(HttpStatus.CREATED).body(CustomerJson.of(customer));
    }

    @GetMapping
    @Operation(summary = "Find a customer by phone (any common form), e-mail or card number")
    CustomerJson find(@RequestParam(required = false) @Nullable String phone,
                      @RequestParam(required = false) @Nullable String email,
                      @RequestParam(required = false) @Nullable String card) {
        Optional<Customer> found;
        if (phone != null && !phone.isBlank()) {
            found = customers.findByPhone(phone);
        } else if (email != null && !email.isBlank()) {
            found = customers.findByEmail(email);
        } else if (card != null && !card.isBlank()) {
            found = customers.findByCardNumber(card);
        } else {
            throw ApiProblem.badRequest("problem.customers.lookupKeyMissing");
        }
        return found.map(CustomerJson::of).orElseThrow(() -> ApiProblem.notFound("problem.customers.notFound"));
    }

    @GetMapping("/{customerId}/balance")
    @Operation(summary = "The customer's available and pending points, debt, tier, the next tier with the purchases still missing, and points expiring within 30 days")
    BalanceJson balance(@PathVariable long customerId) {
        Customer customer = existing(customerId);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Balances balances = ledger.balances(customerId, now.plusDays(EXPIRING_DAYS));
        BalanceJson.NextTierJson next = customers.progressToNextTier(customer.customerId(),
                        orders.purchasesSince(customerId, now.toLocalDate().minusMonths(windowMonths())))
                .map(tier -> new BalanceJson.NextTierJson(tier.code(), tier.name(), tier.remaining())).orElse(null);
        return new BalanceJson(balances.available(), balances.pending(), balances.debt(),
                new CustomerJson.TierJson(customer.tier().code(), customer.tier().name()), next,
                balances.expiring().stream().map(e -> new BalanceJson.ExpiringJson(e.points(), e.date())).toList());
    }

    @GetMapping("/{customerId}/history")
    @Operation(summary = "The customer's points history, newest first, with the reason of each movement in words")
    HistoryJson history(@PathVariable long customerId, @RequestParam(defaultValue = "20") int limit,
                        @RequestParam(required = false) @Nullable String cursor, Locale locale) {
        existing(customerId);
        if (limit < 1 || limit > 100) {
            throw ApiProblem.invalidField("limit", "problem.history.limit");
        }
        HistoryCursor after;
        try {
            after = cursor == null || cursor.isBlank() ? null : HistoryCursor.parse(cursor);
        } catch (RuntimeException e) {
            throw ApiProblem.invalidField("cursor", "problem.history.cursor");
        }
        HistoryPage page = ledger.history(customerId, after, limit);
        return new HistoryJson(page.entries().stream().map(entry -> new HistoryJson.ItemJson(
                        entry.businessTime().atOffset(ZoneOffset.UTC), entry.kind().name(), entry.account().name(),
                        entry.points(), entry.reason().params().get("order"), entry.network(),
                        texts.reason(entry, locale))).toList(),
                page.next() == null ? null : page.next().token());
    }

    /** The qualification window in months; a lifetime count model looks at all purchases. */
    private int windowMonths() {
        TierQualification qualification = programme.policies().qualification();
        return qualification.model() == TierQualification.Model.PURCHASE_SUM_IN_WINDOW
                ? qualification.windowMonths() : 1200;
    }

    private Customer existing(long customerId) {
        return customers.find(new CustomerId(customerId))
                .orElseThrow(() -> ApiProblem.notFound("problem.customers.notFound"));
    }
}
