package io.kopilka.web.orders;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Every order page answers an order the reader may not see with the portal's 404 page. */
@ControllerAdvice
class UnknownOrderAdvice {

    @ExceptionHandler(UnknownOrderException.class)
    ModelAndView unknownOrder(HttpServletRequest request) {
        return UnknownOrderException.notFoundPage(request);
    }
}
