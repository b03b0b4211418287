package io.kopilka.web.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The staff's start page: their areas and the system's state. */
@Controller
@RequestMapping("/backoffice")
class BackofficeController {

    @GetMapping
    String home() {
        return "backoffice/home";
    }
}
