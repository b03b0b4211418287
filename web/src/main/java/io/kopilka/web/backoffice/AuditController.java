package io.kopilka.web.backoffice;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.audit.AuditEntry;
import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of staff changes (administrators only), filtered by person, action and dates, paged with htmx. */
@Controller
@RequestMapping("/backoffice/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String actor,
                @RequestParam(required = false) @Nullable String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                Model model) {
        load(new AuditQuery(actor, action, from, to, null, PAGE_SIZE), model);
        return "backoffice/audit";
    }

    @GetMapping(params = "after")
    @HxRequest
    String nextPage(@RequestParam(required = false) @Nullable String actor,
                    @RequestParam(required = false) @Nullable String action,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                    @RequestParam long after, Model model) {
        load(new AuditQuery(actor, action, from, to, after, PAGE_SIZE), model);
        return "backoffice/audit :: rows";
    }

    private void load(AuditQuery query, Model model) {
        List<AuditEntry> entries = audit.search(query);
        model.addAttribute("query", query);
        model.addAttribute("entries", entries);
        model.addAttribute("nextAfter", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).id() : null);
    }
}
