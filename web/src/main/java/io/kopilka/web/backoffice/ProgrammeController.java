package io.kopilka.web.backoffice;

import io.kopilka.programme.Programme;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The programme as staff see it: policies, networks, regions with their minimum order, tiers. */
@Controller
class ProgrammeController {

    private final Programme programme;

    ProgrammeController(Programme programme) {
        this.programme = programme;
    }

    @GetMapping("/backoffice/programme")
    String programme(Model model) {
        model.addAttribute("networks", programme.networks());
        model.addAttribute("regions", programme.regions());
        model.addAttribute("tiers", programme.tiers());
        model.addAttribute("policies", programme.policies());
        return "backoffice/programme";
    }
}
