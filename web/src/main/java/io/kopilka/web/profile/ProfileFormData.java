package io.kopilka.web.profile;

import io.kopilka.customers.Customer;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The profile form as typed; it carries no id or phone: whose profile it is comes from the session only. */
public class ProfileFormData {

    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String email;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate birthDate;
    private boolean consentEmail;
    private boolean consentSms;
    private boolean consentPush;

    /** The form filled with the person's stored profile. */
    static ProfileFormData of(Customer customer) {
        ProfileFormData form = new ProfileFormData();
        form.firstName = customer.firstName();
        form.lastName = customer.lastName();
        form.email = customer.email();
        form.birthDate = customer.birthDate();
        form.consentEmail = customer.consents().email();
        form.consentSms = customer.consents().sms();
        form.consentPush = customer.consents().push();
        return form;
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public @Nullable String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(@Nullable LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public boolean isConsentEmail() {
        return consentEmail;
    }

    public void setConsentEmail(boolean consentEmail) {
        this.consentEmail = consentEmail;
    }

    public boolean isConsentSms() {
        return consentSms;
    }

    public void setConsentSms(boolean consentSms) {
        this.consentSms = consentSms;
    }

    public boolean isConsentPush() {
        return consentPush;
    }

    public void setConsentPush(boolean consentPush) {
        this.consentPush = consentPush;
    }
}
