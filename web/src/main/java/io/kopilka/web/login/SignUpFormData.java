package io.kopilka.web.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a new customer fills in to join the programme (a bean, so errors bind to its fields). */
public class SignUpFormData {

    private @Nullable String phone = "";
    private @Nullable String email = "";
    private @Nullable String firstName = "";

    @NotBlank(message = "{signup.password.required}")
    @Size(min = 8, max = 100, message = "{signup.password.length}")
    private @Nullable String password = "";

    private @Nullable String passwordAgain = "";
    private boolean consentEmail;
    private boolean consentSms;
    private boolean consentPush;

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(@Nullable String passwordAgain) {
        this.passwordAgain = passwordAgain;
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
