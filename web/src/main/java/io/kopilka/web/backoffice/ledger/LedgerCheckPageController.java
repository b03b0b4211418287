package io.kopilka.web.backoffice.ledger;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.ledger.Ledger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The administrators' check of the whole ledger (security lets only ADMIN in), run again in place with htmx. */
@Controller
@RequestMapping("/backoffice/ledger")
class LedgerCheckPageController {

    private static final String PAGE = "backoffice/ledger/check";

    private final Ledger ledger;

    LedgerCheckPageController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    String page(Model model) {
        check(model);
        return PAGE;
    }

    @GetMapping
    @HxRequest
    String again(Model model) {
        check(model);
        return PAGE + " :: result";
    }

    private void check(Model model) {
        model.addAttribute("check", ledger.check());
        model.addAttribute("checkedAt", LocalDateTime.now(ZoneOffset.UTC));
    }
}
