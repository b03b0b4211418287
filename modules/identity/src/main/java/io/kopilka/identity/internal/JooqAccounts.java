package io.kopilka.identity.internal;

import static io.kopilka.db.Tables.USER_ACCOUNT;
import static io.kopilka.db.Tables.USER_ROLE;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.db.Ids;
import io.kopilka.db.tables.records.UserAccountRecord;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.InvalidAccountException;
import io.kopilka.identity.InvalidAccountException.RefusedField;
import io.kopilka.identity.LoginNames;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.NewStaffAccount;
import io.kopilka.identity.PasswordRules;
import io.kopilka.identity.Role;
import io.kopilka.identity.SignInAccount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JooqAccounts implements Accounts {

    /** A staff user name: 3–50 of a–z, 0–9, '.', '_', '-'. */
    private static final Pattern STAFF_LOGIN = Pattern.compile("[a-z0-9._-]{3,50}");
    /** What {@link LoginNames#normalize} reads as a phone. */
    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\d\\s()\\-]+");
    static final int MAX_DISPLAY_NAME_LENGTH = 200;

    private static final List<String> STAFF_ROLES = Arrays.stream(Role.values()).filter(Role::isStaff)
            .map(Role::name).toList();

    private final DSLContext db;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    JooqAccounts(DSLContext db, PasswordEncoder passwords, AuditLog audit) {
        this.db = db;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public Optional<SignInAccount> findByLogin(String login) {
        return db.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq(LoginNames.normalize(login)))
                .fetchOptional()
                .map(this::toAccount);
    }

    @Override
    public Optional<SignInAccount> find(long accountId) {
        return db.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId)).fetchOptional().map(this::toAccount);
    }

    private SignInAccount toAccount(UserAccountRecord account) {
        return toAccount(account, rolesOf(account.getId()));
    }

    private static SignInAccount toAccount(UserAccountRecord account, Set<Role> roles) {
        return new SignInAccount(account.getId(), account.getLogin(), account.getPasswordHash(),
                account.getDisplayName(), account.getEnabled(), roles, account.getMustChangePassword());
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
                        USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.ENABLED, USER_ACCOUNT.MUST_CHANGE_PASSWORD)
                .values(id, login, hash, account.displayName(), true, account.initialPassword())
                .execute();
        insertRoles(id, account.roles());
        return new SignInAccount(id, login, hash, account.displayName(), true, account.roles(),
                account.initialPassword());
    }

    private void insertRoles(long id, Set<Role> roles) {
        var insertRoles = db.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
        for (Role role : roles) {
            insertRoles = insertRoles.values(id, role.name());
        }
        insertRoles.execute();
    }

    @Override
    public boolean isEmpty() {
        return !db.fetchExists(USER_ACCOUNT);
    }

    @Override
    public List<SignInAccount> listStaff() {
        List<UserAccountRecord> staff = db.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.in(db.selectDistinct(USER_ROLE.USER_ID).from(USER_ROLE)
                        .where(USER_ROLE.ROLE.in(STAFF_ROLES))))
                .orderBy(USER_ACCOUNT.LOGIN)
                .fetch();
        Map<Long, Set<Role>> roles = db.selectFrom(USER_ROLE)
                .where(USER_ROLE.USER_ID.in(staff.stream().map(UserAccountRecord::getId).toList()))
                .fetchGroups(USER_ROLE.USER_ID, row -> Role.valueOf(row.getRole()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        return staff.stream().map(account -> toAccount(account, roles.getOrDefault(account.getId(), Set.of())))
                .toList();
    }

    @Override
    @Transactional
    public SignInAccount createStaff(NewStaffAccount account, String actor) {
        List<RefusedField> problems = new ArrayList<>();
        String typedLogin = account.login() == null ? "" : account.login().strip();
        String login = typedLogin.toLowerCase(java.util.Locale.ROOT);
        if (typedLogin.isEmpty()) {
            problems.add(new RefusedField("login", "staff.login.required"));
        } else if (PHONE_LIKE.matcher(typedLogin).matches()) {
            problems.add(new RefusedField("login", "staff.login.phone"));
        } else if (!STAFF_LOGIN.matcher(login).matches()) {
            problems.add(new RefusedField("login", "staff.login.invalid"));
        } else if (db.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(login))) {
            problems.add(new RefusedField("login", "staff.login.taken"));
        }
        String name = account.displayName() == null ? "" : account.displayName().strip();
        if (name.isEmpty()) {
            problems.add(new RefusedField("displayName", "staff.displayName.required"));
        } else if (name.length() > MAX_DISPLAY_NAME_LENGTH) {
            problems.add(new RefusedField("displayName", "staff.displayName.tooLong"));
        }
        checkRoles(account.roles(), problems);
        String password = account.password() == null ? "" : account.password();
        PasswordRules.check(password, login).ifPresent(problem ->
                problems.add(new RefusedField("password", "staff.password." + problem.code())));
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        SignInAccount created = register(NewAccount.withInitialPassword(login, password, name, account.roles()));
        audit.record(new StaffChange(actor, "staff.created", subject(created), null,
                describe(created.roles(), true)));
        return created;
    }

    private static void checkRoles(Set<Role> roles, List<RefusedField> problems) {
        if (roles.isEmpty()) {
            problems.add(new RefusedField("roles", "staff.roles.required"));
        } else if (!roles.stream().allMatch(role -> role != null && role.isStaff())) { // a blank choice binds as null
            problems.add(new RefusedField("roles", "staff.roles.notStaff"));
        }
    }

    @Override
    @Transactional
    public SignInAccount changeRoles(long accountId, Set<Role> roles, String actor) {
        SignInAccount account = lockStaff(accountId);
        List<RefusedField> problems = new ArrayList<>();
        checkRoles(roles, problems);
        if (problems.isEmpty() && isSelf(account, actor) && account.roles().contains(Role.ADMIN)
                && !roles.contains(Role.ADMIN)) {
            problems.add(new RefusedField("roles", "staff.roles.selfDemotion"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        if (account.roles().equals(Set.copyOf(roles))) {
            return account;
        }
        db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(accountId)).execute();
        insertRoles(accountId, roles);
        audit.record(new StaffChange(actor, "staff.roles-changed", subject(account),
                describe(account.roles(), account.enabled()), describe(roles, account.enabled())));
        return find(accountId).orElseThrow();
    }

    @Override
    @Transactional
    public SignInAccount setEnabled(long accountId, boolean enabled, String actor) {
        UserAccountRecord row = db.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId)).forUpdate()
                .fetchOptional().orElseThrow(() -> new NoSuchElementException("No account " + accountId));
        SignInAccount account = toAccount(row);
        if (!enabled && isSelf(account, actor)) {
            throw InvalidAccountException.of("enabled", "staff.enabled.self");
        }
        if (account.enabled() == enabled) {
            return account;
        }
        db.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, enabled).where(USER_ACCOUNT.ID.eq(accountId)).execute();
        audit.record(new StaffChange(actor, enabled ? "account.enabled" : "account.disabled", subject(account),
                account.enabled() ? "enabled" : "disabled", enabled ? "enabled" : "disabled"));
        return find(accountId).orElseThrow();
    }

    @Override
    @Transactional
    public SignInAccount changePassword(long accountId, String currentPassword, String newPassword) {
        SignInAccount account = db.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId)).forUpdate()
                .fetchOptional().map(this::toAccount)
                .orElseThrow(() -> new NoSuchElementException("No account " + accountId));
        List<RefusedField> problems = new ArrayList<>();
        if (currentPassword.isEmpty()) {
            problems.add(new RefusedField("currentPassword", "account.currentPassword.required"));
        } else if (!passwords.matches(currentPassword, account.passwordHash())) {
            problems.add(new RefusedField("currentPassword", "account.currentPassword.wrong"));
        }
        var broken = PasswordRules.check(newPassword, account.login());
        if (broken.isPresent()) {
            problems.add(new RefusedField("newPassword", "account.newPassword." + broken.get().code()));
        } else if (newPassword.equals(currentPassword)) {
            problems.add(new RefusedField("newPassword", "account.newPassword.same"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        db.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwords.encode(newPassword))
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, false)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
        // Which kind of password was replaced, never the password itself.
        audit.record(new StaffChange(account.login(), "account.password-changed", subject(account),
                account.mustChangePassword() ? "initial password" : "own password", "own password"));
        return find(accountId).orElseThrow();
    }

    private SignInAccount lockStaff(long accountId) {
        return db.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId)).forUpdate().fetchOptional()
                .map(this::toAccount)
                .filter(account -> account.roles().stream().anyMatch(Role::isStaff))
                .orElseThrow(() -> new NoSuchElementException("No staff user " + accountId));
    }

    private static boolean isSelf(SignInAccount account, String actor) {
        return account.login().equals(LoginNames.normalize(actor));
    }

    private static String subject(SignInAccount account) {
        return "account " + account.id() + " (" + account.login() + ")";
    }

    private static String describe(Set<Role> roles, boolean enabled) {
        return "roles=" + new TreeSet<>(roles.stream().map(Role::name).toList()) + (enabled ? "" : ", disabled");
    }
}
