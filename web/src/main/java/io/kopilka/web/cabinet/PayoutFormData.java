package io.kopilka.web.cabinet;

import org.jspecify.annotations.Nullable;

/**
 * The form a customer fills in to withdraw points: the points as typed (checked by the controller, so "abc" gets
 * a message in words rather than a type error) and the idempotency key the form was rendered with.
 */
public class PayoutFormData {

    private @Nullable String points = "";

    private @Nullable String idempotencyKey = "";

    static PayoutFormData withKey(String idempotencyKey) {
        PayoutFormData form = new PayoutFormData();
        form.setIdempotencyKey(idempotencyKey);
        return form;
    }

    public @Nullable String getPoints() {
        return points;
    }

    public void setPoints(@Nullable String points) {
        this.points = points;
    }

    public @Nullable String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(@Nullable String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
