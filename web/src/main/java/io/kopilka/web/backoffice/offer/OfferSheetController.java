package io.kopilka.web.backoffice.offer;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.ledger.Ledger;
import io.kopilka.orders.CustomerRef;
import io.kopilka.orders.OrderRequest;
import io.kopilka.orders.OrderSummary;
import io.kopilka.orders.Orders;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Region;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.web.layout.TypedNumbers;
import io.kopilka.web.orders.OrderTexts;
import io.kopilka.web.orders.TierProgressReader;
import io.kopilka.web.orders.UnknownOrderException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The personal offer sheet: a form of the items a customer looked at (a row more with htmx, or as a page of its own
 * without script), and the print-friendly sheet the programme's own calculation fills. Nothing is stored: every
 * request is a GET, so the sheet can be reloaded and printed again.
 */
@Controller
@RequestMapping("/backoffice/customers/{customerId}/offer")
class OfferSheetController {

    private static final String FORM = "backoffice/offer/form";
    private static final BigDecimal MAX_PRICE = new BigDecimal("100000000");
    private static final int MAX_QUANTITY = 999;
    private static final int MAX_NAME = 100;

    private final Customers customers;
    private final Orders orders;
    private final Ledger ledger;
    private final Programme programme;
    private final OrderTexts texts;
    private final TierProgressReader progress;
    private final Clock clock;

    OfferSheetController(Customers customers, Orders orders, Ledger ledger, Programme programme, OrderTexts texts,
                         TierProgressReader progress, ObjectProvider<Clock> clock) {
        this.customers = customers;
        this.orders = orders;
        this.ledger = ledger;
        this.programme = programme;
        this.texts = texts;
        this.progress = progress;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping(params = {"!add", "!make"})
    String form(@PathVariable String customerId, Model model) {
        Customer customer = customer(customerId);
        String region = programme.regions().stream().map(Region::code).findFirst().orElse("");
        // the network the customer bought in last is the likeliest shop; otherwise the programme's first
        String network = orders.ordersOfCustomer(customer.customerId().value(), 1).stream()
                .map(OrderSummary::network).filter(code -> programme.network(code).isPresent()).findFirst()
                .orElseGet(() -> programme.networks().stream().map(Network::code).findFirst().orElse(""));
        return form(customer, OfferFormData.fresh(region, network), model);
    }

    @GetMapping(params = "add")
    String addRow(@PathVariable String customerId, @ModelAttribute("offer") OfferFormData offer, Model model) {
        offer.addRow();
        return form(customer(customerId), offer, model);
    }

    @GetMapping(path = "/rows")
    @HxRequest
    String addRowInPlace(@PathVariable String customerId, @ModelAttribute("offer") OfferFormData offer, Model model) {
        model.addAttribute("customer", customer(customerId));
        offer.addRow();
        return FORM + " :: items";
    }

    @GetMapping(params = "make")
    String sheet(@PathVariable String customerId, @ModelAttribute("offer") OfferFormData offer,
                 BindingResult errors, HttpServletRequest request, Locale locale, Model model) {
        Customer customer = customer(customerId);
        List<BasketLine> lines = check(offer, errors);
        if (errors.hasErrors()) {
            return form(customer, offer, model);
        }
        model.addAttribute("customer", customer);
        model.addAttribute("sheet", sheet(customer, offer, lines, locale));
        // back to the same items in the form (the form's "add" answer, so a row is free for one more)
        model.addAttribute("changeLink", request.getRequestURI() + "?"
                + String.valueOf(request.getQueryString()).replace("make=", "add="));
        return "backoffice/offer/sheet";
    }

    private String form(Customer customer, OfferFormData offer, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("offer", offer);
        model.addAttribute("regions", programme.regions());
        model.addAttribute("networks", programme.networks());
        return FORM;
    }

    /** The typed rows as basket lines; blank rows are left out, every mistake is named next to its field. */
    private List<BasketLine> check(OfferFormData offer, BindingResult errors) {
        if (programme.region(offer.getRegion()).isEmpty()) {
            errors.rejectValue("region", "offer.region.unknown");
        }
        if (programme.network(offer.getNetwork()).isEmpty()) {
            errors.rejectValue("network", "offer.network.unknown");
        }
        List<BasketLine> lines = new ArrayList<>();
        for (int i = 0; i < offer.getItems().size(); i++) {
            OfferItemFormData item = offer.getItems().get(i);
            if (item.isBlank()) {
                continue;
            }
            String at = "items[" + i + "].";
            String name = item.getName() == null ? "" : item.getName().strip();
            if (name.isEmpty()) {
                errors.rejectValue(at + "name", "offer.item.name.required");
            } else if (name.length() > MAX_NAME) {
                errors.rejectValue(at + "name", "offer.item.name.tooLong", new Object[] {MAX_NAME}, null);
            }
            Optional<BigDecimal> price = TypedNumbers.decimal(item.getPrice());
            if (TypedNumbers.blank(item.getPrice())) {
                errors.rejectValue(at + "price", "offer.item.price.required");
            } else if (price.isEmpty()) {
                errors.rejectValue(at + "price", "offer.item.price.notNumber");
            } else if (price.get().signum() <= 0 || price.get().compareTo(MAX_PRICE) > 0) {
                errors.rejectValue(at + "price", "offer.item.price.range");
            } else if (price.get().stripTrailingZeros().scale() > 2) {
                errors.rejectValue(at + "price", "offer.item.price.kopecks");
            }
            Optional<Long> quantity = TypedNumbers.whole(item.getQuantity());
            if (quantity.isEmpty() || quantity.get() < 1 || quantity.get() > MAX_QUANTITY) {
                errors.rejectValue(at + "quantity", "offer.item.quantity.range", new Object[] {MAX_QUANTITY}, null);
            }
            if (!errors.hasErrors()) {
                lines.add(new BasketLine(String.valueOf(i + 1), "offer-" + (i + 1), name, null, null, null,
                        quantity.orElseThrow().intValue(), price.orElseThrow().setScale(2)));
            }
        }
        if (lines.isEmpty() && !errors.hasFieldErrors("items*")) {
            errors.rejectValue("items[0].name", "offer.items.none");
        }
        return lines;
    }

    private OfferSheet sheet(Customer customer, OfferFormData offer, List<BasketLine> lines, Locale locale) {
        long available = ledger.balances(customer.customerId().value(), now().toLocalDateTime()).available();
        List<OfferSheet.Item> items = lines.stream()
                .map(line -> item(line.name(), line.quantity(), calculate(customer, offer, List.of(line), available), locale))
                .toList();
        OfferSheet.Item together = item(texts.message("offer.sheet.together", locale),
                lines.stream().mapToInt(BasketLine::quantity).sum(), calculate(customer, offer, lines, available), locale);
        String place = texts.network(offer.getNetwork()) + ", "
                + programme.region(offer.getRegion()).map(Region::name).orElse(offer.getRegion());
        return new OfferSheet(name(customer), customer.cardNumber(), texts.points(available, locale), place, items,
                together, waysToEarn(customer, locale));
    }

    /** What buying these lines now would do, paying with as many of the available points as the rules allow. */
    private Calculation calculate(Customer customer, OfferFormData offer, List<BasketLine> lines, long available) {
        List<Payment> points = available > 0 ? List.of(new Payment(PaymentMethod.POINTS, BigDecimal.valueOf(available)))
                : List.of();
        return orders.calculate(offer.getNetwork(), new OrderRequest("offer-" + UUID.randomUUID(),
                new CustomerRef(customer.customerId().value(), null, null), Channel.POS, offer.getRegion(), null,
                now(), lines, points));
    }

    private OfferSheet.Item item(String name, int quantity, Calculation calculation, Locale locale) {
        return new OfferSheet.Item(name, quantity, texts.money(calculation.subtotal(), locale),
                texts.money(calculation.total(), locale), calculation.maxRedeemable(),
                texts.points(calculation.maxRedeemable(), locale), texts.money(calculation.paidWithMoney(), locale),
                calculation.pointsToAccrue(), texts.points(calculation.pointsToAccrue(), locale),
                texts.explanations(calculation, locale));
    }

    private List<String> waysToEarn(Customer customer, Locale locale) {
        List<String> ways = new ArrayList<>();
        if (customer.email() == null || customer.email().isBlank()) {
            ways.add(texts.message("offer.earn.email", locale));
        }
        if (!customer.consents().email() || !customer.consents().sms() || !customer.consents().push()) {
            ways.add(texts.message("offer.earn.consents", locale));
        }
        progress.of(customer, locale).filter(p -> !p.highest()).ifPresent(p -> ways.add(
                texts.message("offer.earn.tier", locale, p.remaining(), p.nextTier())));
        ways.add(texts.message("offer.earn.app", locale));
        return ways;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    }

    private static String name(Customer customer) {
        String name = ((customer.firstName() == null ? "" : customer.firstName()) + " "
                + (customer.lastName() == null ? "" : customer.lastName())).strip();
        return name.isEmpty() ? customer.phone() : name;
    }

    private Customer customer(String customerId) {
        try {
            return customers.find(new CustomerId(Long.parseLong(customerId))).orElseThrow(UnknownCustomer::new);
        } catch (NumberFormatException e) {
            throw new UnknownCustomer();
        }
    }

    @ExceptionHandler(UnknownCustomer.class)
    ModelAndView unknownCustomer(HttpServletRequest request) {
        return UnknownOrderException.notFoundPage(request);
    }

    /** The path names no customer. */
    private static final class UnknownCustomer extends RuntimeException {

        UnknownCustomer() {
            super(null, null, false, false);
        }
    }
}
