package io.kopilka.web.backoffice.customers;

import org.jspecify.annotations.Nullable;

/**
 * The administrator's merge form: the duplicate's phone or card as typed (the find step), and the duplicate found
 * (the confirmation step posts it back). A bean, so refusals bind to the query field and show next to it.
 */
public class MergeFormData {

    private @Nullable String query;

    private @Nullable Long duplicateId;

    public @Nullable String getQuery() {
        return query;
    }

    public void setQuery(@Nullable String query) {
        this.query = query;
    }

    public @Nullable Long getDuplicateId() {
        return duplicateId;
    }

    public void setDuplicateId(@Nullable Long duplicateId) {
        this.duplicateId = duplicateId;
    }
}
