package io.kopilka.identity;

/**
 * Counts failed sign-ins per login and per client address, in the database (shared by every instance), and locks
 * either out for a while once it has failed too often (docs/security.md). The login need not belong to an account:
 * an unknown login is counted and locked the same way, so a lock-out tells nothing about which logins exist.
 */
public interface SignInThrottle {

    /** Whether signing in with this login (as typed) from this address is refused now, before any password check. */
    boolean isLocked(String login, String address);

    /**
     * Records a failed sign-in; once the login or the address reaches its limit within the window it is locked
     * (recorded in the audit log). Returns whether the login or the address is locked now.
     */
    boolean recordFailure(String login, String address);

    /** Records a successful sign-in: the login's earlier failures no longer count. */
    void recordSuccess(String login);
}
