package io.kopilka.web.api;

import io.kopilka.customers.InvalidCustomerException;
import io.kopilka.customers.PhoneAlreadyRegisteredException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refusals on the API into problem details in the language of {@code Accept-Language}: invalid fields as
 * {@code errors: [{field, message}]}, a known phone as 409 naming the existing customer; Spring MVC's own errors
 * (unreadable JSON, wrong types) as problem details too.
 */
@RestControllerAdvice(basePackages = "io.kopilka.web.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(ApiProblem problem, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), text(problem.detailKey(), locale));
        if (!problem.fields().isEmpty()) {
            detail.setProperty("errors", problem.fields().stream()
                    .map(field -> Map.of("field", field.field(), "message", text(field.messageKey(), locale)))
                    .toList());
        }
        problem.properties().forEach(detail::setProperty);
        return detail;
    }

    @ExceptionHandler
    ProblemDetail invalidCustomer(InvalidCustomerException invalid, Locale locale) {
        List<ApiProblem.FieldProblem> fields = invalid.fields().stream()
                .map(field -> new ApiProblem.FieldProblem(field.field(), field.code())).toList();
        return refused(new ApiProblem(HttpStatus.BAD_REQUEST, "problem.invalidFields", fields, Map.of()), locale);
    }

    @ExceptionHandler
    ProblemDetail phoneTaken(PhoneAlreadyRegisteredException taken, Locale locale) {
        return refused(new ApiProblem(HttpStatus.CONFLICT, "problem.customers.phoneTaken", List.of(),
                Map.of("customerId", taken.existing().value())), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
