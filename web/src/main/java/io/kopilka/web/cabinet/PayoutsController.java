package io.kopilka.web.cabinet;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.ledger.IdempotencyConflictException;
import io.kopilka.ledger.InsufficientPointsException;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Payout;
import io.kopilka.ledger.PayoutRequest;
import io.kopilka.ledger.Reason;
import io.kopilka.web.layout.TypedNumbers;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * Withdrawal of available points to the customer's card: the request reserves the points until finance pays or
 * rejects it; below the form, the customer's requests and where they stand. Works with htmx (the form swapped in
 * place, the list out of band) and without script (full pages).
 */
@Controller
@RequestMapping("/cabinet/payouts")
class PayoutsController {

    /** The network code of operations started in the portal itself rather than by an integration. */
    static final String PORTAL_NETWORK = "portal";

    private static final String PAGE = "cabinet/payouts";

    /** A whole number as people type it: an optional sign (hyphen or minus), digits. Spaces are removed first. */

    private final Ledger ledger;
    private final CurrentMember currentMember;
    private final PointsFormat format;
    private final Clock clock;

    PayoutsController(Ledger ledger, CurrentMember currentMember, PointsFormat format, ObjectProvider<Clock> clock) {
        this.ledger = ledger;
        this.currentMember = currentMember;
        this.format = format;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping
    String page(@AuthenticationPrincipal PortalUser user, HttpSession session, Locale locale, Model model) {
        model.addAttribute("form", PayoutFormData.withKey(PayoutForms.of(session).issue()));
        load(user, locale, model);
        return PAGE;
    }

    @PostMapping
    @HxRequest
    View requestInPlace(@ModelAttribute("form") PayoutFormData form, BindingResult errors,
                        @AuthenticationPrincipal PortalUser user, HttpSession session, Locale locale, Model model) {
        boolean requested = request(form, errors, user, session, locale, model);
        load(user, locale, model);
        if (!requested) {
            return FragmentsRendering.with(PAGE + " :: form").build();
        }
        model.addAttribute("oob", true); // the list of requests is swapped out of band, below the form
        return FragmentsRendering.with(PAGE + " :: form").fragment(PAGE + " :: list").build();
    }

    @PostMapping
    String requestWithoutScript(@ModelAttribute("form") PayoutFormData form, BindingResult errors,
                                @AuthenticationPrincipal PortalUser user, HttpSession session, Locale locale,
                                Model model) {
        request(form, errors, user, session, locale, model);
        load(user, locale, model);
        return PAGE;
    }

    /** Checks the form and asks the ledger to reserve the points; true when the request was recorded (or replayed). */
    private boolean request(PayoutFormData form, BindingResult errors, PortalUser user, HttpSession session,
                            Locale locale, Model model) {
        Optional<Long> member = currentMember.personalMemberId(user);
        if (member.isEmpty()) {
            errors.reject("cabinet.payouts.noAccount");
            return false;
        }
        PayoutForms forms = PayoutForms.of(session);
        String key = form.getIdempotencyKey();
        if (key == null || !forms.knows(key)) {
            // not a form this session rendered (an old tab after signing in again): the same form with a fresh key;
            // the form object is changed rather than replaced, since replacing it would drop its binding errors
            errors.reject("cabinet.payouts.formExpired");
            form.setIdempotencyKey(forms.issue());
            return false;
        }
        long available = ledger.balances(member.get(), now()).available();
        Long points = validPoints(form.getPoints(), available, errors, locale);
        if (points == null) {
            return false;
        }
        LocalDateTime businessTime = forms.businessTime(key, this::now);
        try {
            ledger.requestPayout(new PayoutRequest(
                    new Operation(key, PORTAL_NETWORK, Reason.of("payout.request"), businessTime), member.get(), points));
            model.addAttribute("requested", format.points(points, locale));
            model.addAttribute("form", PayoutFormData.withKey(forms.issue()));
            return true;
        } catch (InsufficientPointsException e) {
            // spent elsewhere between the check and the request; the ledger recorded nothing
            forms.refused(key);
            long left = ledger.balances(member.get(), now()).available();
            errors.rejectValue("points", "cabinet.payouts.points.tooMany", new Object[] {format.points(left, locale)},
                    null);
            return false;
        } catch (IdempotencyConflictException e) {
            // the same form sent again with another amount (e.g. after going back in the browser): the first counts
            errors.reject("cabinet.payouts.alreadySent");
            form.setIdempotencyKey(forms.issue());
            return false;
        }
    }

    /** The points asked for when they are a positive whole number not above the available balance; else null. */
    private @Nullable Long validPoints(@Nullable String typed, long available, BindingResult errors, Locale locale) {
        if (TypedNumbers.blank(typed)) {
            errors.rejectValue("points", "cabinet.payouts.points.required");
            return null;
        }
        Optional<BigInteger> whole = TypedNumbers.integer(typed);
        if (whole.isEmpty()) {
            errors.rejectValue("points", "cabinet.payouts.points.whole");
            return null;
        }
        BigInteger points = whole.get(); // any size: a huge amount is "more than you have", not "not a number"
        if (points.signum() <= 0) {
            errors.rejectValue("points", "cabinet.payouts.points.positive");
            return null;
        }
        if (points.compareTo(BigInteger.valueOf(available)) > 0) {
            errors.rejectValue("points", "cabinet.payouts.points.tooMany",
                    new Object[] {format.points(available, locale)}, null);
            return null;
        }
        return points.longValueExact();
    }

    /** What the page shows besides the form: the available balance and the customer's requests. */
    private void load(PortalUser user, Locale locale, Model model) {
        Optional<Long> member = currentMember.personalMemberId(user);
        model.addAttribute("hasAccount", member.isPresent());
        long available = member.map(id -> ledger.balances(id, now()).available()).orElse(0L);
        model.addAttribute("available", format.points(available, locale));
        List<Payout> payouts = member.map(ledger::payouts).orElse(List.of());
        model.addAttribute("payouts", payouts.stream().map(payout -> new PayoutRow(payout.payoutId(),
                format.date(payout.requestedAt(), locale), format.points(payout.points(), locale),
                payout.status().name())).toList());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    }
}
