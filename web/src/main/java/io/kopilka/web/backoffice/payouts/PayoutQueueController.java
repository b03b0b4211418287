package io.kopilka.web.backoffice.payouts;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.customers.CompanyId;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Payout;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance's queue of payouts waiting for a decision (security lets only FINANCE in): approve or reject each, with
 * htmx the queue is redrawn in place with the outcome; without script the page is posted and redirected.
 */
@Controller
@RequestMapping("/backoffice/payouts")
class PayoutQueueController {

    static final int QUEUE_SIZE = 100;

    private static final String PAGE = "backoffice/payouts/queue";

    private final Ledger ledger;
    private final Customers customers;
    private final PayoutDecisions decisions;

    PayoutQueueController(Ledger ledger, Customers customers, PayoutDecisions decisions) {
        this.ledger = ledger;
        this.customers = customers;
        this.decisions = decisions;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("payouts", queue());
        return PAGE;
    }

    @PostMapping("/{payoutId}/approve")
    @HxRequest
    String approveInPlace(@PathVariable long payoutId, Principal staff, Model model) {
        return decideInPlace(payoutId, true, staff, model);
    }

    @PostMapping("/{payoutId}/approve")
    String approveWithoutScript(@PathVariable long payoutId, Principal staff, RedirectAttributes redirect) {
        return decideWithoutScript(payoutId, true, staff, redirect);
    }

    @PostMapping("/{payoutId}/reject")
    @HxRequest
    String rejectInPlace(@PathVariable long payoutId, Principal staff, Model model) {
        return decideInPlace(payoutId, false, staff, model);
    }

    @PostMapping("/{payoutId}/reject")
    String rejectWithoutScript(@PathVariable long payoutId, Principal staff, RedirectAttributes redirect) {
        return decideWithoutScript(payoutId, false, staff, redirect);
    }

    private String decideInPlace(long payoutId, boolean approve, Principal staff, Model model) {
        model.addAttribute("decision", outcome(payoutId, approve, staff));
        model.addAttribute("decidedPayout", payoutId);
        model.addAttribute("payouts", queue());
        return PAGE + " :: queue";
    }

    private String decideWithoutScript(long payoutId, boolean approve, Principal staff, RedirectAttributes redirect) {
        redirect.addFlashAttribute("decision", outcome(payoutId, approve, staff));
        redirect.addFlashAttribute("decidedPayout", payoutId);
        return "redirect:/backoffice/payouts";
    }

    /** The message code of what happened: approved, rejected, or already decided before this click. */
    private String outcome(long payoutId, boolean approve, Principal staff) {
        if (!decisions.decide(payoutId, approve, staff.getName())) {
            return "alreadyDecided";
        }
        return approve ? "approved" : "rejected";
    }

    private List<QueuedPayout> queue() {
        return ledger.payoutsAwaitingDecision(QUEUE_SIZE).stream().map(this::withRequester).toList();
    }

    /** A member id is a person's or, for a company account, the company's. */
    private QueuedPayout withRequester(Payout payout) {
        return customers.find(new CustomerId(payout.memberId()))
                .map(person -> new QueuedPayout(payout, fullName(person.firstName(), person.lastName()),
                        person.phone(), person.customerId().value()))
                .orElseGet(() -> new QueuedPayout(payout, customers.findCompany(new CompanyId(payout.memberId()))
                        .map(company -> company.name()).orElse(null), null, null));
    }

    private static @Nullable String fullName(@Nullable String firstName, @Nullable String lastName) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? null : name;
    }
}
