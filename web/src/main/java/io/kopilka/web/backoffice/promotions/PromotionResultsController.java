package io.kopilka.web.backoffice.promotions;

import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionResults;
import io.kopilka.promotions.Promotions;
import io.kopilka.web.layout.ChartData;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A promotion's page: its terms, its results (points given, share of granted points redeemed, orders and their sum,
 * customers reached), the days as a chart (drawn by the page's script from JSON in a data attribute) and as a table,
 * and the CSV of the days.
 */
@Controller
@RequestMapping("/backoffice/promotions")
class PromotionResultsController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Promotions promotions;
    private final MessageSource messages;
    private final JsonMapper json;

    PromotionResultsController(Promotions promotions, MessageSource messages, JsonMapper json) {
        this.promotions = promotions;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model, Locale locale) {
        Promotion promotion = promotions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PromotionResults results = promotions.results(id);
        model.addAttribute("promotion", promotion);
        model.addAttribute("status", promotion.statusAt(PromotionsController.now()).name());
        model.addAttribute("results", results);
        model.addAttribute("redeemedPercent", Math.round(results.redeemedShare() * 100));
        model.addAttribute("chart", chart(results.days(), locale).json(json));
        return "backoffice/promotions/results";
    }

    /** Points and discounts side by side per day; orders and their sum stay in the table under the chart. */
    private ChartData chart(List<PromotionResults.Day> days, Locale locale) {
        return new ChartData("bar", days.stream().map(d -> DAY.format(d.date())).toList(), List.of(
                ChartData.dataset(messages.getMessage("promotions.results.points", null, locale),
                        days.stream().map(PromotionResults.Day::points).toList()),
                ChartData.dataset(messages.getMessage("promotions.results.discount", null, locale),
                        days.stream().map(PromotionResults.Day::discount).toList())), false, false);
    }

    /** The days as CSV in UTF-8 with a byte order mark, so spreadsheet programs read the Cyrillic headers right. */
    @GetMapping(value = "/{id}/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
        Promotion promotion = promotions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PromotionResults results = promotions.results(id);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(messages.getMessage("promotions.csv.header", null, locale)).append("\r\n");
        for (PromotionResults.Day day : results.days()) {
            csv.append(day.date()).append(';').append(day.points()).append(';')
                    .append(day.discount().toPlainString()).append(';').append(day.orders()).append(';')
                    .append(day.ordersSum().toPlainString()).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("promotion-" + promotion.id() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
