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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Initial passwords (chosen by someone else) are marked until their owner replaces them; anyone may change theirs. */
@SpringBootTest(classes = IdentityTestApplication.class)
class PasswordChangeTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    PasswordEncoder passwords;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    private static String newLogin(String prefix) {
        return "pw-" + prefix + "." + NAMES.incrementAndGet();
    }

    private static List<String> codes(InvalidAccountException refused) {
        return refused.fields().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void aStaffUserCreatedByAnAdministratorMustChangeTheInitialPassword() {
        String boss = newLogin("boss");
        accounts.register(new NewAccount(boss, "password1", "Boss", Set.of(Role.ADMIN)));

        SignInAccount olga = accounts.createStaff(new NewStaffAccount(newLogin("olga"), "Ольга",
                Set.of(Role.CONSULTANT), "initial-pass"), boss);

        assertThat(olga.mustChangePassword()).isTrue();
        assertThat(accounts.find(olga.id()).orElseThrow().mustChangePassword()).isTrue();
        assertThat(accounts.listStaff()).filteredOn(a -> a.id() == olga.id())
                .singleElement().extracting(SignInAccount::mustChangePassword).isEqualTo(true);
        assertThat(accounts.findByLogin(boss).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void anInvitedPersonsInitialPasswordIsMarkedAndAnOrdinaryOneIsNot() {
        SignInAccount invited = accounts.register(NewAccount.withInitialPassword("+79160000901", "one-time-pass",
                "Семён", Set.of(Role.B2B_BUYER)));
        SignInAccount signedUp = accounts.register(new NewAccount("+79160000902", "own-password", "Анна",
                Set.of(Role.CUSTOMER)));

        assertThat(accounts.find(invited.id()).orElseThrow().mustChangePassword()).isTrue();
        assertThat(accounts.find(signedUp.id()).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void changingThePasswordReplacesItLiftsTheMarkAndIsAuditedWithoutThePassword() {
        String login = newLogin("semen");
        SignInAccount account = accounts.register(NewAccount.withInitialPassword(login, "one-time-pass", "Семён",
                Set.of(Role.CONSULTANT)));

        SignInAccount changed = accounts.changePassword(account.id(), "one-time-pass", "my-own-secret");

        assertThat(changed.mustChangePassword()).isFalse();
        SignInAccount stored = accounts.find(account.id()).orElseThrow();
        assertThat(passwords.matches("my-own-secret", stored.passwordHash())).isTrue();
        assertThat(passwords.matches("one-time-pass", stored.passwordHash())).isFalse();
        List<AuditEntry> entries = audit.search(AuditQuery.newest(500)).stream()
                .filter(e -> e.action().equals("account.password-changed") && e.subject().contains(login)).toList();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(login);
            assertThat(entry.before()).isEqualTo("initial password");
            assertThat(entry.toString()).doesNotContain("one-time-pass", "my-own-secret");
        });
    }

    @Test
    void aWrongCurrentPasswordATooShortOrTheSameNewOneIsRefusedAndNothingChanges() {
        SignInAccount account = accounts.register(new NewAccount(newLogin("vera"), "own-password", "Вера",
                Set.of(Role.CONSULTANT)));

        assertThatThrownBy(() -> accounts.changePassword(account.id(), "not-mine", "short"))
                .isInstanceOfSatisfying(InvalidAccountException.class, refused -> assertThat(codes(refused))
                        .containsExactly("currentPassword:account.currentPassword.wrong",
                                "newPassword:account.newPassword.length"));
        assertThatThrownBy(() -> accounts.changePassword(account.id(), "", "x".repeat(101)))
                .isInstanceOfSatisfying(InvalidAccountException.class, refused -> assertThat(codes(refused))
                        .containsExactly("currentPassword:account.currentPassword.required",
                                "newPassword:account.newPassword.length"));
        assertThatThrownBy(() -> accounts.changePassword(account.id(), "own-password", "own-password"))
                .isInstanceOfSatisfying(InvalidAccountException.class, refused -> assertThat(codes(refused))
                        .containsExactly("newPassword:account.newPassword.same"));
        assertThat(accounts.find(account.id()).orElseThrow().passwordHash()).isEqualTo(account.passwordHash());
    }

    @Test
    void aCommonPasswordOrOneMadeOfThePhoneIsRefusedAndNothingChanges() {
        SignInAccount account = accounts.register(new NewAccount("+79160000903", "own-password", "Лев",
                Set.of(Role.CUSTOMER)));

        assertThatThrownBy(() -> accounts.changePassword(account.id(), "own-password", "Qwerty123"))
                .isInstanceOfSatisfying(InvalidAccountException.class, refused -> assertThat(codes(refused))
                        .containsExactly("newPassword:account.newPassword.common"));
        assertThatThrownBy(() -> accounts.changePassword(account.id(), "own-password", "89160000903"))
                .isInstanceOfSatisfying(InvalidAccountException.class, refused -> assertThat(codes(refused))
                        .containsExactly("newPassword:account.newPassword.login"));
        assertThat(accounts.find(account.id()).orElseThrow().passwordHash()).isEqualTo(account.passwordHash());
    }

    @Test
    void aNewStaffUsersPasswordMayNotBeTheirUserName() {
        String login = newLogin("ivan");
        assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount(login, "Иван", Set.of(Role.MARKETER),
                login + "-2026"), "admin"))
                .isInstanceOfSatisfying(InvalidAccountException.class, refused -> assertThat(codes(refused))
                        .containsExactly("password:staff.password.login"));
        assertThat(accounts.findByLogin(login)).isEmpty();
    }
}
