package io.kopilka.web.cabinet;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's points history, newest first, a page at a time: "show more" asks htmx for the rows after the
 * last one shown, and without script it opens the next page. Only the signed-in person's own history is read.
 */
@Controller
@RequestMapping(HistoryController.PATH)
class HistoryController {

    static final String PATH = "/cabinet/history";
    private static final String PAGE = "cabinet/history";

    private final CurrentMember currentMember;
    private final HistoryRows history;

    HistoryController(CurrentMember currentMember, HistoryRows history) {
        this.currentMember = currentMember;
        this.history = history;
    }

    @GetMapping
    String page(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) @Nullable String after,
                Locale locale, Model model) {
        load(user, after, locale, model);
        model.addAttribute("continued", after != null && !after.isBlank());
        return PAGE;
    }

    @GetMapping(params = "after")
    @HxRequest
    String nextRows(@AuthenticationPrincipal PortalUser user, @RequestParam String after, Locale locale, Model model) {
        load(user, after, locale, model);
        return PAGE + " :: rows";
    }

    private void load(PortalUser user, @Nullable String after, Locale locale, Model model) {
        Optional<Long> member = currentMember.personalMemberId(user);
        model.addAttribute("hasAccount", member.isPresent());
        if (member.isPresent()) {
            history.addPage(member.get(), after, PATH, locale, model);
        } else {
            model.addAttribute("rows", List.of());
        }
    }
}
