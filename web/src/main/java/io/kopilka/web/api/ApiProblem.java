package io.kopilka.web.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal of an API request that becomes RFC 9457 problem details: a status, the message key of its detail,
 * the invalid fields with their message keys, and extra properties (such as the existing {@code customerId}).
 */
public class ApiProblem extends RuntimeException {

    /** A field that was refused, with the message key saying why. */
    public record FieldProblem(String field, String messageKey) {
    }

    private final HttpStatus status;
    private final String detailKey;
    private final List<FieldProblem> fields;
    private final Map<String, Object> properties;

    public ApiProblem(HttpStatus status, String detailKey, List<FieldProblem> fields, Map<String, Object> properties) {
        super(detailKey);
        this.status = status;
        this.detailKey = detailKey;
        this.fields = List.copyOf(fields);
        this.properties = Map.copyOf(properties);
    }

    /** 400 with a detail and no field. */
    public static ApiProblem badRequest(String detailKey) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, detailKey, List.of(), Map.of());
    }

    /** 400 naming one invalid field. */
    public static ApiProblem invalidField(String field, String messageKey) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "problem.invalidFields",
                List.of(new FieldProblem(field, messageKey)), Map.of());
    }

    /** 404 with a detail. */
    public static ApiProblem notFound(String detailKey) {
        return new ApiProblem(HttpStatus.NOT_FOUND, detailKey, List.of(), Map.of());
    }

    /** The HTTP status. */
    public HttpStatus status() {
        return status;
    }

    /** The message key of the detail. */
    public String detailKey() {
        return detailKey;
    }

    /** The refused fields. */
    public List<FieldProblem> fields() {
        return fields;
    }

    /** Extra properties of the problem. */
    public Map<String, Object> properties() {
        return properties;
    }
}
