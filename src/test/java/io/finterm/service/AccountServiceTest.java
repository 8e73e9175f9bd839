package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountServiceTest {
    final Accounts fx = new Accounts();
    final AccountService accounts = fx.accounts;
    final OwnAccountService ownAccount = fx.ownAccount;
    final UserAdminService userAdmin = fx.userAdmin;

    private User stored(String name) {
        return fx.store.read(rd -> rd.findUnique(Schema.USERS_BY_NAME, name)).orElseThrow();
    }

    @Test
    void theFirstRunHasNoAccountAndOnlyOneFirstAdministrator() {
        AccountService fresh = new AccountService(Store.inMemory(), new PasswordHasher(PasswordHasherTest.CHEAP, new SecureRandom()),
                PasswordPolicy.bundled(), Accounts.SETTINGS, DefaultCategories.bundled(), fx.clock);
        assertFalse(fresh.hasUsers());
        assertThrows(LoginFailed.class, () -> fresh.login("admin", "admin".toCharArray(), "cli"));
        fresh.createFirstAdmin("Boss", "a-strong-password".toCharArray(), "cli");
        assertTrue(fresh.hasUsers());
        assertEquals(Role.ADMIN, fresh.login("boss", "a-strong-password".toCharArray(), "cli").role());
        AccessDenied e = assertThrows(AccessDenied.class, () -> fresh.createFirstAdmin("eve", "another-password".toCharArray(), "cli"));
        assertEquals("the administrator already exists; log in instead", e.getMessage());
    }

    @Test
    void aLoginGivesASessionAndRecordsTheTime() {
        Session s = accounts.login("ALICE", Accounts.ALICE_PASSWORD.toCharArray(), "cli");
        assertEquals("alice", s.username());
        assertEquals(Role.USER, s.role());
        assertEquals(fx.clock.instant(), stored("alice").lastLoginAt());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserFailAlike() {
        LoginFailed wrong = assertThrows(LoginFailed.class, () -> accounts.login("alice", "not-her-password".toCharArray(), "cli"));
        LoginFailed unknown = assertThrows(LoginFailed.class, () -> accounts.login("mallory", "any-password-1".toCharArray(), "cli"));
        LoginFailed malformed = assertThrows(LoginFailed.class, () -> accounts.login("\u001b[2J", "x".toCharArray(), "cli"));
        assertEquals("wrong username or password", wrong.getMessage());
        assertEquals(wrong.getMessage(), unknown.getMessage());
        assertEquals(wrong.getMessage(), malformed.getMessage());
        assertEquals(1, stored("alice").failedLogins());
    }

    @Test
    void fiveFailuresInARowLockTheAccountUntilTimePasses() {
        for (int i = 0; i < 5; i++) {
            assertThrows(LoginFailed.class, () -> accounts.login("alice", "wrong-password".toCharArray(), "cli"));
        }
        AccountLocked locked = assertThrows(AccountLocked.class, () -> accounts.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "cli"));
        assertEquals("locked until 14:15", locked.getMessage());
        fx.clock.advance(Duration.ofMinutes(14));
        assertThrows(AccountLocked.class, () -> accounts.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "cli"));
        fx.clock.advance(Duration.ofMinutes(2));
        assertEquals("alice", accounts.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "cli").username());
        assertEquals(0, stored("alice").failedLogins());
    }

    @Test
    void anUnknownNameIsLockedOutAfterAsManyFailuresAsARealOneAndTheMessagesMatch() {
        for (int i = 0; i < 5; i++) {
            assertThrowsExactly(LoginFailed.class, () -> accounts.login("alice", "wrong-password".toCharArray(), "cli"));
            assertThrowsExactly(LoginFailed.class, () -> accounts.login("mallory", "wrong-password".toCharArray(), "cli"));
        }
        AccountLocked real = assertThrows(AccountLocked.class, () -> accounts.login("alice", "wrong-password".toCharArray(), "cli"));
        AccountLocked unknown = assertThrows(AccountLocked.class, () -> accounts.login("Mallory", "wrong-password".toCharArray(), "cli"));
        assertEquals("locked until 14:15", real.getMessage());
        assertEquals(real.getMessage(), unknown.getMessage());
        fx.clock.advance(Duration.ofMinutes(16));
        assertThrowsExactly(LoginFailed.class, () -> accounts.login("mallory", "wrong-password".toCharArray(), "cli"));
    }

    @Test
    void everyWayALoginFailsHashesThePasswordOnce() {
        PasswordHasher hasher = org.mockito.Mockito.spy(new PasswordHasher(PasswordHasherTest.CHEAP, new SecureRandom()));
        AccountService watched = new AccountService(fx.store, hasher, PasswordPolicy.bundled(), Accounts.SETTINGS,
                DefaultCategories.bundled(), fx.clock);
        for (int i = 0; i < 5; i++) {
            assertThrowsExactly(LoginFailed.class, () -> watched.login("bob", "wrong-password".toCharArray(), "cli"));
            assertThrowsExactly(LoginFailed.class, () -> watched.login("mallory", "wrong-password".toCharArray(), "cli"));
        }
        assertThrows(AccountLocked.class, () -> watched.login("bob", "wrong-password".toCharArray(), "cli"));
        assertThrows(AccountLocked.class, () -> watched.login("mallory", "wrong-password".toCharArray(), "cli"));
        assertThrowsExactly(LoginFailed.class, () -> watched.login("\u001b[2J", "wrong-password".toCharArray(), "cli"));
        org.mockito.Mockito.verify(hasher, org.mockito.Mockito.times(13)).verify(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void theConfiguredBeatHoldsBackAFailedLogin() {
        Duration beat = Duration.ofMillis(50);
        AccountService paced = new AccountService(fx.store, new PasswordHasher(PasswordHasherTest.CHEAP, new SecureRandom()),
                PasswordPolicy.bundled(), new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15),
                        java.util.Currency.getInstance("EUR"), beat), DefaultCategories.bundled(), fx.clock);
        long started = System.nanoTime();
        assertThrowsExactly(LoginFailed.class, () -> paced.login("mallory", "wrong-password".toCharArray(), "cli"));
        assertTrue(System.nanoTime() - started >= beat.toNanos(), "answered before the beat"); // a lower bound: never flaky
    }

    @Test
    void everyFailedLoginWaitsForTheBeatAndASuccessfulOneDoesNot() {
        List<String> paced = new java.util.ArrayList<>();
        String[] trying = {null};
        LoginBeat recording = new LoginBeat(Duration.ofMillis(200)) {
            @Override
            void answerFailure(long started) {
                paced.add(trying[0]);
            }
        };
        AccountService watched = new AccountService(fx.store, new PasswordHasher(PasswordHasherTest.CHEAP, new SecureRandom()),
                PasswordPolicy.bundled(), Accounts.SETTINGS, DefaultCategories.bundled(), fx.clock, recording);
        for (String name : List.of("alice", "mallory", "\u001b[2J")) {
            trying[0] = name;
            assertThrowsExactly(LoginFailed.class, () -> watched.login(name, "wrong-password".toCharArray(), "cli"));
        }
        trying[0] = "bob";
        for (int i = 0; i < 5; i++) {
            assertThrowsExactly(LoginFailed.class, () -> watched.login("bob", "wrong-password".toCharArray(), "cli"));
        }
        trying[0] = "locked bob";
        assertThrows(AccountLocked.class, () -> watched.login("bob", Accounts.BOB_PASSWORD.toCharArray(), "cli"));
        trying[0] = "alice's right password";
        assertEquals("alice", watched.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "cli").username());
        assertEquals(List.of("alice", "mallory", "\u001b[2J", "bob", "bob", "bob", "bob", "bob", "locked bob"), paced,
                "every failure waited for the beat, once; the successful login did not");
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            assertThrows(LoginFailed.class, () -> accounts.login("alice", "wrong-password".toCharArray(), "cli"));
        }
        fx.alice();
        assertThrows(LoginFailed.class, () -> accounts.login("alice", "wrong-password".toCharArray(), "cli"));
        assertEquals("alice", fx.alice().username(), "four failures after a success do not lock");
    }

    @Test
    void anAdminCanUnlockAnAccount() {
        for (int i = 0; i < 5; i++) {
            assertThrows(LoginFailed.class, () -> accounts.login("alice", "wrong-password".toCharArray(), "cli"));
        }
        Session admin = fx.admin();
        assertTrue(userAdmin.listUsers(admin).stream().anyMatch(u -> u.username().equals("alice") && u.locked()));
        userAdmin.unlock(admin, "alice");
        assertEquals("alice", fx.alice().username());
    }

    @Test
    void aClockThatJumpsBackwardsKeepsAnAccountLockedForOneLockoutInTheNewTime() {
        for (int i = 0; i < 5; i++) {
            assertThrows(LoginFailed.class, () -> accounts.login("alice", "wrong-password".toCharArray(), "cli"));
            assertThrowsExactly(LoginFailed.class, () -> accounts.login("mallory", "wrong-password".toCharArray(), "cli"));
        }
        fx.clock.advance(Duration.ofDays(-2));
        AccountLocked locked = assertThrows(AccountLocked.class, fx::alice);
        assertEquals("locked until 14:15", locked.getMessage(), "fifteen minutes from the new now: 2026-03-03 14:00");
        assertEquals(fx.clock.instant().plus(Duration.ofMinutes(15)), stored("alice").lockedUntil());
        assertEquals(locked.getMessage(), assertThrows(AccountLocked.class, () -> accounts.login("mallory", "x".toCharArray(), "cli")).getMessage());
        fx.clock.advance(Duration.ofMinutes(16));
        assertEquals("alice", fx.alice().username());
        assertThrowsExactly(LoginFailed.class, () -> accounts.login("mallory", "x".toCharArray(), "cli"));
    }

    @Test
    void anIdleSessionEndsAndIsRefused() {
        Session admin = fx.admin();
        fx.clock.advance(Duration.ofMinutes(10));
        userAdmin.listUsers(admin);
        fx.clock.advance(Duration.ofMinutes(14));
        userAdmin.listUsers(admin); // activity 14 minutes after the last: still fine
        fx.clock.advance(Duration.ofMinutes(16));
        AccessDenied e = assertThrows(AccessDenied.class, () -> userAdmin.listUsers(admin));
        assertEquals("your session ended after 15 minutes without activity; please log in again", e.getMessage());
        assertEquals(Session.End.IDLE, admin.ended());
    }

    @Test
    void aLoggedOutSessionIsRefused() {
        Session admin = fx.admin();
        accounts.logout(admin);
        assertEquals("you are logged out; please log in again",
                assertThrows(AccessDenied.class, () -> userAdmin.listUsers(admin)).getMessage());
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOne() {
        Session alice = fx.alice();
        ValidationException wrong = assertThrows(ValidationException.class,
                () -> ownAccount.changeOwnPassword(alice, "not-my-password".toCharArray(), "a-new-password-1".toCharArray()));
        assertEquals("current password: is not right", wrong.getMessage());
        ValidationException weak = assertThrows(ValidationException.class,
                () -> ownAccount.changeOwnPassword(alice, Accounts.ALICE_PASSWORD.toCharArray(), "password123".toCharArray()));
        assertEquals("password: is one of the most common passwords; choose another", weak.getMessage());
        ownAccount.changeOwnPassword(alice, Accounts.ALICE_PASSWORD.toCharArray(), "a-new-password-1".toCharArray());
        assertThrows(LoginFailed.class, () -> fx.alice());
        assertEquals("alice", accounts.login("alice", "a-new-password-1".toCharArray(), "cli").username());
    }

    @Test
    void passwordsAreWipedAfterUse() {
        char[] login = Accounts.ALICE_PASSWORD.toCharArray();
        Session alice = accounts.login("alice", login, "cli");
        char[] current = Accounts.ALICE_PASSWORD.toCharArray();
        char[] next = "a-new-password-1".toCharArray();
        ownAccount.changeOwnPassword(alice, current, next);
        char[] failed = "wrong-password".toCharArray();
        assertThrows(LoginFailed.class, () -> accounts.login("alice", failed, "cli"));
        for (char[] used : List.of(login, current, next, failed)) {
            assertArrayEquals(new char[used.length], used);
        }
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        Session admin = fx.admin();
        ValidationException e = assertThrows(ValidationException.class,
                () -> userAdmin.createUser(admin, "Alice", "whatever-pass-1".toCharArray(), Role.USER));
        assertEquals("username: 'alice' is taken", e.getMessage());
        assertEquals("username: 3 to 32 characters from a-z, 0-9, '.', '_' and '-'", assertThrows(ValidationException.class,
                () -> userAdmin.createUser(admin, "a b", "whatever-pass-1".toCharArray(), Role.USER)).getMessage());
    }

    @Test
    void deletingAUserTakesTheirRecordsAndSaysHowMany() {
        User alice = stored("alice");
        fx.store.write(tx -> {
            Category c = tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), alice.id(), TxKind.EXPENSE, "Food"));
            for (int i = 0; i < 3; i++) {
                tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), alice.id(), alice.id(), LocalDate.of(2026, 1, 1),
                        TxKind.EXPENSE, c.id(), Money.of(100, "EUR"), ""));
            }
            return null;
        });
        Session admin = fx.admin();
        assertEquals(new DeletedUser("alice", 15, 3, 0), userAdmin.previewDelete(admin, "alice"), "14 default categories, one more, 3 transactions");
        assertEquals(18, userAdmin.deleteUser(admin, "alice").records());
        assertEquals(List.of("bob", "root"), userAdmin.listUsers(admin).stream().map(UserSummary::username).toList());
        assertEquals(0L, (long) fx.store.read(rd -> rd.count(Schema.TRANSACTIONS)));
        assertTrue(fx.store.check().ok());
    }

    @Test
    void nobodyDeletesThemselvesOrTheLastAdministrator() {
        Session admin = fx.admin();
        assertEquals("you cannot delete your own account",
                assertThrows(AccessDenied.class, () -> userAdmin.deleteUser(admin, "root")).getMessage());
        assertEquals("you cannot demote the last administrator",
                assertThrows(AccessDenied.class, () -> userAdmin.changeRole(admin, "root", Role.USER)).getMessage());
        userAdmin.changeRole(admin, "alice", Role.ADMIN);
        Session alice = fx.alice();
        userAdmin.deleteUser(alice, "root");
        assertEquals("you cannot delete your own account",
                assertThrows(AccessDenied.class, () -> userAdmin.deleteUser(alice, "alice")).getMessage());
        assertEquals(List.of("alice", "bob"), userAdmin.listUsers(alice).stream().map(UserSummary::username).toList());
    }

    @Test
    void aDemotionTakesEffectOnTheNextCall() {
        Session admin = fx.admin();
        userAdmin.changeRole(admin, "alice", Role.ADMIN);
        Session alice = fx.alice();
        userAdmin.listUsers(alice);
        userAdmin.changeRole(admin, "alice", Role.USER);
        assertEquals("only an administrator may list the accounts",
                assertThrows(AccessDenied.class, () -> userAdmin.listUsers(alice)).getMessage());
    }

    @Test
    void aDeletedUsersSessionIsRefused() {
        Session bob = fx.bob();
        userAdmin.deleteUser(fx.admin(), "bob");
        assertEquals("your account was removed by an administrator", assertThrows(AccessDenied.class,
                () -> ownAccount.changeOwnPassword(bob, Accounts.BOB_PASSWORD.toCharArray(), "new-password-99".toCharArray())).getMessage());
    }

    @Test
    void aResetPasswordWorksAndUnlocks() {
        for (int i = 0; i < 5; i++) {
            assertThrows(LoginFailed.class, () -> accounts.login("bob", "wrong-password".toCharArray(), "cli"));
        }
        userAdmin.resetPassword(fx.admin(), "bob", "brand-new-pass-1".toCharArray());
        assertEquals("bob", accounts.login("bob", "brand-new-pass-1".toCharArray(), "cli").username());
        assertEquals("username: there is no user 'carol'", assertThrows(ValidationException.class,
                () -> userAdmin.resetPassword(fx.admin(), "carol", "brand-new-pass-1".toCharArray())).getMessage());
    }

    @Test
    void aLoginWithStrongerSettingsRehashesThePassword() {
        String before = stored("alice").passwordHash();
        AccountService stronger = new AccountService(fx.store, new PasswordHasher(new Argon2Params(128, 2, 1), new SecureRandom()),
                PasswordPolicy.bundled(), Accounts.SETTINGS, DefaultCategories.bundled(), fx.clock);
        stronger.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "cli");
        String after = stored("alice").passwordHash();
        assertTrue(before.contains("m=64,t=1,p=1") && after.contains("m=128,t=2,p=1"), before + " -> " + after);
        assertEquals("alice", stronger.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "cli").username());
    }
}
