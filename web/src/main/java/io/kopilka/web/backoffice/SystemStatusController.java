package io.kopilka.web.backoffice;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The system-status panel: a page of its own, and a fragment the back-office home loads and refreshes with htmx. */
@Controller
@RequestMapping("/backoffice/status")
class SystemStatusController {

    private final SystemStatusProbe probe;

    SystemStatusController(SystemStatusProbe probe) {
        this.probe = probe;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("status", probe.read());
        return "backoffice/status";
    }

    @GetMapping
    @HxRequest
    String panel(Model model) {
        model.addAttribute("status", probe.read());
        return "backoffice/status :: panel";
    }
}
