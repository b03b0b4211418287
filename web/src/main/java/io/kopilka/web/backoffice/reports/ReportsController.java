package io.kopilka.web.backoffice.reports;

import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import io.kopilka.reporting.CsvExport;
import io.kopilka.reporting.CsvFormat;
import io.kopilka.reporting.Overview;
import io.kopilka.reporting.ReportFilter;
import io.kopilka.reporting.Reports;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The programme overview (MARKETER, ADMIN): a filter by period and network, the figures' freshness, each table with
 * its chart and its CSV export. The figures come from the reporting module's roll-ups only.
 */
@Controller
@RequestMapping("/backoffice/reports")
class ReportsController {

    /** Longer periods would only be slower to draw; the roll-ups hold every day since the first. */
    static final int MAX_YEARS = 5;

    private final Reports reports;
    private final Programme programme;
    private final OverviewTables tables;

    ReportsController(Reports reports, Programme programme, OverviewTables tables) {
        this.reports = reports;
        this.programme = programme;
        this.tables = tables;
    }

    /** What the filter form holds as typed, and the message key of each field's error. */
    record FilterForm(String from, String to, String network, Map<String, String> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A cell as the page shows it. */
    record CellView(String text, boolean numeric) {
    }

    /** A table with its cells formatted in the reader's language. */
    record TableView(ReportTable table, List<List<CellView>> rows) {

        static TableView of(ReportTable table, Locale locale) {
            return new TableView(table, table.rows().stream().map(row -> row.stream()
                    .map(cell -> new CellView(Cells.display(cell, locale), Cells.numeric(cell))).toList()).toList());
        }
    }

    @GetMapping
    String overview(@RequestParam(required = false) @Nullable String from,
                    @RequestParam(required = false) @Nullable String to,
                    @RequestParam(defaultValue = "") String network, Model model, Locale locale) {
        List<Network> networks = programme.networks();
        FilterForm form = form(from, to, network, networks);
        model.addAttribute("form", form);
        model.addAttribute("networks", networks);
        if (form.valid()) {
            Overview overview = reports.overview(filter(form));
            model.addAttribute("overview", overview);
            model.addAttribute("tables", tables.all(overview, locale).stream()
                    .map(table -> TableView.of(table, locale)).toList());
        }
        return "backoffice/reports/overview";
    }

    @GetMapping("/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) @Nullable String from,
                               @RequestParam(required = false) @Nullable String to,
                               @RequestParam(defaultValue = "") String network,
                               @RequestParam(defaultValue = "semicolon") String format, Locale locale) {
        if (!OverviewTables.NAMES.contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CsvFormat csvFormat = switch (format) {
            case "semicolon" -> CsvFormat.SEMICOLON;
            case "comma" -> CsvFormat.COMMA;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format: semicolon or comma");
        };
        FilterForm form = form(from, to, network, programme.networks());
        if (!form.valid()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid filter: " + form.errors().keySet());
        }
        ReportFilter filter = filter(form);
        byte[] body = CsvExport.write(tables.table(table, reports.overview(filter), locale).csv(), csvFormat);
        String name = "kopilka-" + table + "-" + filter.from() + "-" + filter.to()
                + (filter.network() == null ? "" : "-" + filter.network()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    /**
     * The default period: the current month and the eleven before it, up to today (UTC) — the nightly run fills up to
     * yesterday, a run started by hand may have filled today, and the freshness line says which.
     */
    private static FilterForm form(@Nullable String from, @Nullable String to, String network, List<Network> networks) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String typedFrom = from == null ? today.minusMonths(11).withDayOfMonth(1).toString() : from.strip();
        String typedTo = to == null ? today.toString() : to.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(typedFrom, "from", errors);
        LocalDate end = date(typedTo, "to", errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.put("to", "reports.filter.to.beforeFrom");
            } else if (start.plusYears(MAX_YEARS).isBefore(end)) {
                errors.put("to", "reports.filter.to.tooLong");
            }
        }
        if (!network.isBlank() && networks.stream().noneMatch(n -> n.code().equals(network))) {
            errors.put("network", "reports.filter.network.unknown");
        }
        return new FilterForm(typedFrom, typedTo, network, errors);
    }

    private static @Nullable LocalDate date(String typed, String field, Map<String, String> errors) {
        if (typed.isBlank()) {
            errors.put(field, "reports.filter.date.required");
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            errors.put(field, "reports.filter.date.invalid");
            return null;
        }
    }

    private static ReportFilter filter(FilterForm form) {
        return new ReportFilter(LocalDate.parse(form.from()), LocalDate.parse(form.to()),
                form.network().isBlank() ? null : form.network());
    }
}
