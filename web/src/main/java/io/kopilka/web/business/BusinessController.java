package io.kopilka.web.business;

import io.kopilka.programme.Programme;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The cabinet of a company customer's buyers. */
@Controller
@RequestMapping("/business")
class BusinessController {

    private final Programme programme;

    BusinessController(Programme programme) {
        this.programme = programme;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("networks", programme.networks());
        return "business/home";
    }
}
