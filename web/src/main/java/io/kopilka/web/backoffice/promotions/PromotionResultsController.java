package io.kopilka.web.backoffice.promotions;

import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionResults;
import io.kopilka.promotions.Promotions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/**
 * A promotion's page: its terms, its results (points given, share of granted points redeemed, orders and their sum,
 * customers reached), a bar per day and the CSV of the days.
 */
@Controller
@RequestMapping("/backoffice/promotions")
class PromotionResultsController {

    /** The chart's drawing height in SVG units; bars scale to the largest day. */
    static final int CHART_HEIGHT = 160;

    private final Promotions promotions;
    private final MessageSource messages;

    PromotionResultsController(Promotions promotions, MessageSource messages) {
        this.promotions = promotions;
        this.messages = messages;
    }

    /** One day's bar: where it stands and how tall it is. */
    record Bar(PromotionResults.Day day, int x, int height) {
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model) {
        Promotion promotion = promotions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PromotionResults results = promotions.results(id);
        model.addAttribute("promotion", promotion);
        model.addAttribute("status", promotion.statusAt(PromotionsController.now()).name());
        model.addAttribute("results", results);
        model.addAttribute("redeemedPercent", Math.round(results.redeemedShare() * 100));
        model.addAttribute("bars", bars(results.days()));
        model.addAttribute("chartHeight", CHART_HEIGHT);
        model.addAttribute("chartWidth", Math.max(1, results.days().size()) * 24);
        return "backoffice/promotions/results";
    }

    static List<Bar> bars(List<PromotionResults.Day> days) {
        long max = days.stream().mapToLong(d -> d.points() + d.discount().longValue()).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            PromotionResults.Day day = days.get(i);
            long value = day.points() + day.discount().longValue();
            int height = max == 0 ? 0 : (int) Math.max(value > 0 ? 1 : 0, value * CHART_HEIGHT / max);
            bars.add(new Bar(day, i * 24 + 4, height));
        }
        return bars;
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
