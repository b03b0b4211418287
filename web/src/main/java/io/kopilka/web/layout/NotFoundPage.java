package io.kopilka.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The portal's 404 page as an exception handler answers it. */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    /** The 404 page for this request, with the path the layout needs. */
    public static ModelAndView of(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        // exception handlers skip the layout's model advice, so the layout gets its path here
        page.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        return page;
    }
}
