package io.kopilka.identity;

import java.util.Optional;

/** The sign-in accounts of customers, buyers and staff. */
public interface Accounts {

    /** The account with this login, in any of the forms {@link LoginNames#normalize} accepts. */
    Optional<SignInAccount> findByLogin(String login);

    /** Creates an account; its login must be new. */
    SignInAccount register(NewAccount account);

    /** Whether no account exists yet. */
    boolean isEmpty();
}
