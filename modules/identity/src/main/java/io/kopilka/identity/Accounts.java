package io.kopilka.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The sign-in accounts of customers, buyers and staff. */
public interface Accounts {

    /** The shortest password a staff user may be given or anyone may choose (as at sign-up). */
    int MIN_PASSWORD_LENGTH = 8;

    /** The longest password accepted. */
    int MAX_PASSWORD_LENGTH = 100;

    /** The account with this login, in any of the forms {@link LoginNames#normalize} accepts. */
    Optional<SignInAccount> findByLogin(String login);

    /** The account with this id. */
    Optional<SignInAccount> find(long accountId);

    /** Creates an account; its login must be new. */
    SignInAccount register(NewAccount account);

    /** Whether no account exists yet. */
    boolean isEmpty();

    /** Every account with at least one staff role, by login. */
    List<SignInAccount> listStaff();

    /**
     * Creates a staff user (login of 3–50 of a–z, 0–9, '.', '_', '-', new and not a phone; a name; one or more
     * staff roles; a password {@link PasswordRules} accepts for the login), recorded in the audit log as
     * made by {@code actor}. The password is an initial one: the user must change it at the first sign-in.
     *
     * @throws InvalidAccountException listing every refused field
     */
    SignInAccount createStaff(NewStaffAccount account, String actor);

    /**
     * Gives a staff user exactly these staff roles (one or more), recorded in the audit log; an administrator cannot
     * take the ADMIN role from themselves.
     *
     * @throws InvalidAccountException when the roles are empty or not staff roles, or on self-demotion
     * @throws java.util.NoSuchElementException when there is no such staff user
     */
    SignInAccount changeRoles(long accountId, Set<Role> roles, String actor);

    /**
     * Enables or disables an account (a disabled one cannot sign in), recorded in the audit log; nobody can disable
     * themselves. Returns the account as it is now.
     *
     * @throws InvalidAccountException on self-disabling
     * @throws java.util.NoSuchElementException when there is no such account
     */
    SignInAccount setEnabled(long accountId, boolean enabled, String actor);

    /**
     * Replaces the account's password with one its owner chose, after checking the current one, and lifts
     * {@link SignInAccount#mustChangePassword()}; recorded in the audit log with the owner as actor (never the
     * passwords). Refused fields: {@code currentPassword} ({@code account.currentPassword.required|wrong}),
     * {@code newPassword} ({@code account.newPassword.length|common|login|same}, see {@link PasswordRules}).
     *
     * @throws InvalidAccountException listing every refused field; nothing changes
     * @throws java.util.NoSuchElementException when there is no such account
     */
    SignInAccount changePassword(long accountId, String currentPassword, String newPassword);
}
