package io.kopilka.web.backoffice.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form an administrator fills in to correct a customer's available points by hand (a bean, so errors bind to
 * its fields). Points stay text until checked, so "ten" gets a message next to the field rather than a binding error.
 */
public class AdjustmentFormData {

    /** Points added by staff live as long as a purchase's: 14 months. */
    static final int DEFAULT_LIFETIME_MONTHS = 14;

    /** The comment is stored URL-encoded in a 2 000-character column, so 300 Cyrillic letters fit with room to spare. */
    static final int MAX_COMMENT = 300;

    private @Nullable String points = "";

    @NotBlank(message = "{adjustment.comment.required}")
    @Size(max = MAX_COMMENT, message = "{adjustment.comment.tooLong}")
    private @Nullable String comment = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate expiresOn;

    private @Nullable String idempotencyKey = "";

    /** A new form with its own idempotency key, so posting it twice adjusts once. */
    static AdjustmentFormData fresh() {
        AdjustmentFormData form = new AdjustmentFormData();
        form.setExpiresOn(LocalDate.now(ZoneOffset.UTC).plusMonths(DEFAULT_LIFETIME_MONTHS));
        form.setIdempotencyKey("adjustment-" + UUID.randomUUID());
        return form;
    }

    public @Nullable String getPoints() {
        return points;
    }

    public void setPoints(@Nullable String points) {
        this.points = points;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(@Nullable LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public @Nullable String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(@Nullable String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
