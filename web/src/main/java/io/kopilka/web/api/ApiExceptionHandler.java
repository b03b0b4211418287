package io.kopilka.web.api;

import io.kopilka.customers.InvalidCustomerException;
import io.kopilka.customers.PhoneAlreadyRegisteredException;
import io.kopilka.orders.InvalidOrderException;
import io.kopilka.orders.OrderConflictException;
import io.kopilka.orders.OrderNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;
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

    @ExceptionHandler
    ProblemDetail invalidOrder(InvalidOrderException invalid, Locale locale) {
        List<ApiProblem.FieldProblem> fields = invalid.fields().stream()
                .map(field -> new ApiProblem.FieldProblem(field.field(), field.code())).toList();
        return refused(new ApiProblem(HttpStatus.BAD_REQUEST, "problem.invalidFields", fields, Map.of()), locale);
    }

    @ExceptionHandler
    ProblemDetail orderConflict(OrderConflictException conflict, Locale locale) {
        return refused(new ApiProblem(HttpStatus.CONFLICT, conflict.code(), List.of(), Map.of()), locale);
    }

    @ExceptionHandler
    ProblemDetail orderNotFound(OrderNotFoundException missing, Locale locale) {
        return refused(ApiProblem.notFound("problem.orders.notFound"), locale);
    }

    /** An unreadable body names the field whose value has the wrong type, when Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        String field = null;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException databind && !databind.getPath().isEmpty()) {
                field = databind.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(java.util.stream.Collectors.joining()).replaceFirst("^\\.", "");
                break;
            }
        }
        ApiProblem problem = field == null ? ApiProblem.badRequest("problem.body.unreadable")
                : ApiProblem.invalidField(field, "problem.field.type");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(refused(problem, locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
