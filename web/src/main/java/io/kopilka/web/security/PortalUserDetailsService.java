package io.kopilka.web.security;

import io.kopilka.identity.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the account for the login typed on the sign-in page (a phone in any common form, or a staff user name). */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    PortalUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return accounts.findByLogin(login).map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account for this login"));
    }
}
