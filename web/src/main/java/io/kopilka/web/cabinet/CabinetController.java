package io.kopilka.web.cabinet;

import io.kopilka.programme.Programme;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The customer's personal cabinet. */
@Controller
@RequestMapping("/cabinet")
class CabinetController {

    private final Programme programme;

    CabinetController(Programme programme) {
        this.programme = programme;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("tiers", programme.tiers());
        return "cabinet/home";
    }
}
