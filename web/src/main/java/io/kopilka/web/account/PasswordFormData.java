package io.kopilka.web.account;

import org.jspecify.annotations.Nullable;

/** The password form: the current password and the new one typed twice (a bean, so errors bind to its fields). */
public class PasswordFormData {

    private @Nullable String currentPassword = "";
    private @Nullable String newPassword = "";
    private @Nullable String newPasswordAgain = "";

    public @Nullable String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(@Nullable String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public @Nullable String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(@Nullable String newPassword) {
        this.newPassword = newPassword;
    }

    public @Nullable String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(@Nullable String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
