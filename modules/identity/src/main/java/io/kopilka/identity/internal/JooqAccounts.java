package io.kopilka.identity.internal;

import static io.kopilka.db.Tables.USER_ACCOUNT;
import static io.kopilka.db.Tables.USER_ROLE;

import io.kopilka.db.Ids;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.LoginNames;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import io.kopilka.identity.SignInAccount;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JooqAccounts implements Accounts {

    private final DSLContext db;
    private final PasswordEncoder passwords;

    JooqAccounts(DSLContext db, PasswordEncoder passwords) {
        this.db = db;
        this.passwords = passwords;
    }

    @Override
    public Optional<SignInAccount> findByLogin(String login) {
        return db.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq(LoginNames.normalize(login)))
                .fetchOptional()
                .map(account -> new SignInAccount(account.getId(), account.getLogin(), account.getPasswordHash(),
                        account.getDisplayName(), account.getEnabled(), rolesOf(account.getId())));
    }

    private Set<Role> rolesOf(long accountId) {
        return db.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(accountId))
                .fetchSet(USER_ROLE.ROLE).stream().map(Role::valueOf).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public SignInAccount register(NewAccount account) {
        long id = Ids.next();
        String login = LoginNames.normalize(account.login());
        String hash = passwords.encode(account.password());
        db.insertInto(USER_ACCOUNT, USER_ACCOUNT.ID, USER_ACCOUNT.LOGIN, USER_ACCOUNT.PASSWORD_HASH,
                        USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.ENABLED)
                .values(id, login, hash, account.displayName(), true)
                .execute();
        var insertRoles = db.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
        for (Role role : account.roles()) {
            insertRoles = insertRoles.values(id, role.name());
        }
        insertRoles.execute();
        return new SignInAccount(id, login, hash, account.displayName(), true, account.roles());
    }

    @Override
    public boolean isEmpty() {
        return !db.fetchExists(USER_ACCOUNT);
    }
}
