package io.kopilka.web.backoffice.customers;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A staff search page with one field: the whole page, and its results fragment for htmx (updated while typing); the
 * subclass maps the path and finds the results.
 */
abstract class SearchPageController {

    private final String page;

    SearchPageController(String page) {
        this.page = page;
    }

    /** What the (stripped, non-empty) query finds, best first. */
    abstract List<?> find(String query);

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String q, Model model) {
        search(q, model);
        return page;
    }

    @GetMapping
    @HxRequest
    String results(@RequestParam(required = false) @Nullable String q, Model model) {
        search(q, model);
        return page + " :: results";
    }

    private void search(@Nullable String typed, Model model) {
        String query = typed == null ? "" : typed.strip();
        model.addAttribute("q", query);
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("results", query.isEmpty() ? List.of() : find(query));
    }
}
