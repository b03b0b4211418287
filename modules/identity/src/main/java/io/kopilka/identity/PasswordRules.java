package io.kopilka.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password someone chooses must be (sign-up, a password change, a new staff user): 8 to 100 characters and
 * at most 72 bytes in UTF-8 (bcrypt's limit: 72 Latin letters, 36 Cyrillic ones), not one of the commonly leaked
 * passwords, and not made of the person's own login (their phone or user name).
 */
public final class PasswordRules {

    /** Why a password is refused: the last part of the field's message code, e.g. {@code signup.password.common}. */
    public enum Problem {
        LENGTH("length"), BYTES("bytes"), COMMON("common"), LOGIN("login");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** The message code's last part. */
        public String code() {
            return code;
        }
    }

    /** bcrypt reads at most 72 bytes and Spring's encoder refuses longer input: a longer password could not be kept. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** The first rule {@code password} breaks for the account with {@code login} (as typed), if any. */
    public static Optional<Problem> check(String password, String login) {
        if (password.length() < Accounts.MIN_PASSWORD_LENGTH || password.length() > Accounts.MAX_PASSWORD_LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of(Problem.BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of(Problem.COMMON);
        }
        return containsLogin(lower, login.isBlank() ? "" : LoginNames.normalize(login))
                ? Optional.of(Problem.LOGIN) : Optional.empty();
    }

    private static boolean containsLogin(String lowerPassword, String login) {
        if (login.startsWith("+") && login.length() >= 11) {
            // a phone's ten national digits anywhere among the password's digits: "89990000001", "9990000001!"
            String national = login.substring(login.length() - 10);
            return lowerPassword.replaceAll("\\D", "").contains(national);
        }
        return login.length() >= 3 && lowerPassword.contains(login);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
