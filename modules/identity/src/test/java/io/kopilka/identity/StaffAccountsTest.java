package io.kopilka.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.audit.AuditEntry;
import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.db.embedded.TestDatabaseFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = IdentityTestApplication.class)
class StaffAccountsTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    PasswordEncoder passwords;

    private String boss;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void anAdmin() {
        boss = newLogin("boss");
        accounts.register(new NewAccount(boss, "password1", "Boss", Set.of(Role.ADMIN)));
    }

    private static String newLogin(String prefix) {
        return prefix + "." + NAMES.incrementAndGet();
    }

    private SignInAccount consultant() {
        return accounts.createStaff(new NewStaffAccount(newLogin("olga"), "Ольга", Set.of(Role.CONSULTANT),
                "secret-pass"), boss);
    }

    private List<AuditEntry> auditOf(String action) {
        return audit.search(AuditQuery.newest(500)).stream().filter(e -> e.action().equals(action)).toList();
    }

    private static List<String> codes(InvalidAccountException refused) {
        return refused.fields().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void anAdminCreatesAStaffUserWhoseLoginIsLowerCasedAndWhosePasswordIsHashedAndAudited() {
        String login = newLogin("Ivan");

        SignInAccount created = accounts.createStaff(new NewStaffAccount(" " + login + " ", " Иван ",
                Set.of(Role.CONSULTANT, Role.FINANCE), "long-enough"), boss);

        SignInAccount stored = accounts.findByLogin(login).orElseThrow();
        assertThat(stored.login()).isEqualTo(login.toLowerCase());
        assertThat(stored.displayName()).isEqualTo("Иван");
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.CONSULTANT, Role.FINANCE);
        assertThat(stored.enabled()).isTrue();
        assertThat(passwords.matches("long-enough", stored.passwordHash())).isTrue();
        assertThat(accounts.listStaff()).extracting(SignInAccount::id).contains(created.id());
        assertThat(auditOf("staff.created")).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(boss);
            assertThat(entry.subject()).contains(stored.login());
            assertThat(entry.after()).contains("CONSULTANT", "FINANCE");
        });
    }

    @Test
    void aStaffUserWithABadLoginNoNameNoRolesAndAShortPasswordIsRefusedFieldByField() {
        assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount("ab", " ", Set.of(), "short"), boss))
                .isInstanceOfSatisfying(InvalidAccountException.class, refused -> assertThat(codes(refused))
                        .containsExactly("login:staff.login.invalid", "displayName:staff.displayName.required",
                                "roles:staff.roles.required", "password:staff.password.length"));
        assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount("олег", "Олег", Set.of(Role.ADMIN),
                "long-enough"), boss)).isInstanceOfSatisfying(InvalidAccountException.class,
                refused -> assertThat(codes(refused)).containsExactly("login:staff.login.invalid"));
    }

    @Test
    void aPhoneATakenLoginOrACustomerRoleIsRefused() {
        assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount("8 999 000-00-01", "Phone",
                Set.of(Role.CONSULTANT), "long-enough"), boss)).isInstanceOfSatisfying(InvalidAccountException.class,
                refused -> assertThat(codes(refused)).containsExactly("login:staff.login.phone"));
        assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount(boss.toUpperCase(), "Twin",
                Set.of(Role.CONSULTANT), "long-enough"), boss)).isInstanceOfSatisfying(InvalidAccountException.class,
                refused -> assertThat(codes(refused)).containsExactly("login:staff.login.taken"));
        assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount(newLogin("cust"), "Customer",
                Set.of(Role.CUSTOMER), "long-enough"), boss)).isInstanceOfSatisfying(InvalidAccountException.class,
                refused -> assertThat(codes(refused)).containsExactly("roles:staff.roles.notStaff"));
    }

    @Test
    void rolesChangeAndTheChangeIsAuditedWithBeforeAndAfter() {
        SignInAccount olga = consultant();

        SignInAccount changed = accounts.changeRoles(olga.id(), Set.of(Role.MARKETER, Role.ADMIN), boss);

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MARKETER, Role.ADMIN);
        assertThat(accounts.findByLogin(olga.login()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.MARKETER, Role.ADMIN);
        assertThat(auditOf("staff.roles-changed")).anySatisfy(entry -> {
            assertThat(entry.subject()).contains(olga.login());
            assertThat(entry.before()).isEqualTo("roles=[CONSULTANT]");
            assertThat(entry.after()).isEqualTo("roles=[ADMIN, MARKETER]");
        });
        assertThatThrownBy(() -> accounts.changeRoles(olga.id(), Set.of(), boss))
                .isInstanceOf(InvalidAccountException.class);
    }

    @Test
    void anAdminCannotDemoteNorDisableThemselves() {
        long self = accounts.findByLogin(boss).orElseThrow().id();

        assertThatThrownBy(() -> accounts.changeRoles(self, Set.of(Role.CONSULTANT), boss))
                .isInstanceOfSatisfying(InvalidAccountException.class,
                        refused -> assertThat(codes(refused)).containsExactly("roles:staff.roles.selfDemotion"));
        assertThatThrownBy(() -> accounts.setEnabled(self, false, boss))
                .isInstanceOfSatisfying(InvalidAccountException.class,
                        refused -> assertThat(codes(refused)).containsExactly("enabled:staff.enabled.self"));

        SignInAccount still = accounts.findByLogin(boss).orElseThrow();
        assertThat(still.roles()).containsExactly(Role.ADMIN);
        assertThat(still.enabled()).isTrue();
        // adding roles to oneself is no demotion
        assertThat(accounts.changeRoles(self, Set.of(Role.ADMIN, Role.FINANCE), boss).roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.FINANCE);
    }

    @Test
    void aDisabledAccountIsStoredDisabledAndEnabledAgainBothAudited() {
        SignInAccount olga = consultant();

        assertThat(accounts.setEnabled(olga.id(), false, boss).enabled()).isFalse();
        assertThat(accounts.findByLogin(olga.login()).orElseThrow().enabled()).isFalse();
        assertThat(accounts.setEnabled(olga.id(), true, boss).enabled()).isTrue();

        assertThat(auditOf("account.disabled")).anySatisfy(entry -> assertThat(entry.subject()).contains(olga.login()));
        assertThat(auditOf("account.enabled")).anySatisfy(entry -> assertThat(entry.subject()).contains(olga.login()));
    }

    @Test
    void customersAreNotListedAsStaff() {
        accounts.register(new NewAccount("+79160000777", "password1", "Покупатель", Set.of(Role.CUSTOMER)));

        assertThat(accounts.listStaff()).extracting(SignInAccount::login).doesNotContain("+79160000777").contains(boss);
    }
}
