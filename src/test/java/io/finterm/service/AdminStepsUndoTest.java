package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An administrator's actions on accounts (create, role, unlock) are steps of theirs, undone where that is safe. */
class AdminStepsUndoTest {
    private static final String CAROL_PASSWORD = "carols-password-1";

    private static Session carol(Accounts fx, String password) {
        return fx.accounts.login("carol", password.toCharArray(), "terminal");
    }

    private static Role roleOf(Accounts fx, Session admin, String name) {
        return fx.userAdmin.listUsers(admin).stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow().role();
    }

    @Test
    void anAdministratorUndoesTheCreationOfAUserWhoHasNoDataEvenAfterTheyLoggedIn() {
        Accounts fx = new Accounts();
        Session admin = fx.admin();
        fx.userAdmin.createUser(admin, "carol", CAROL_PASSWORD.toCharArray(), Role.USER);
        carol(fx, CAROL_PASSWORD);
        List<UndoService.Reversed> undone = fx.undo.undo(admin, 1);
        assertEquals("new user 'carol'", undone.get(0).label());
        assertThrows(LoginFailed.class, () -> carol(fx, CAROL_PASSWORD));
        assertEquals(List.of("alice", "bob", "root"), fx.userAdmin.listUsers(admin).stream().map(UserSummary::username).toList());
        // no password is kept in the history, so an account is not made again by redo
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.redo(admin, 1));
        assertEquals("cannot redo new user 'carol': user 'carol' cannot be made again by redo, since its password is not kept; "
                + "create it again; nothing was redone", e.getMessage());
        assertEquals(List.of("alice", "bob", "root"), fx.userAdmin.listUsers(admin).stream().map(UserSummary::username).toList());
    }

    @Test
    void undoingTheCreationOfAUserWithDataIsRefusedNamingItAndChangesNothing() {
        Accounts fx = new Accounts();
        Session admin = fx.admin();
        fx.userAdmin.createUser(admin, "carol", CAROL_PASSWORD.toCharArray(), Role.USER);
        Session carol = carol(fx, CAROL_PASSWORD);
        fx.transactions.add(carol, new Entry(LocalDate.of(2026, 3, 1), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(admin, 1));
        assertTrue(e.getMessage().startsWith("cannot undo new user 'carol': "), e.getMessage());
        assertTrue(e.getMessage().contains("transaction"), e.getMessage());
        assertTrue(e.getMessage().endsWith("nothing was undone"), e.getMessage());
        assertEquals(1, fx.transactions.count(carol(fx, CAROL_PASSWORD), Filter.ALL));
    }

    @Test
    void undoingARoleChangeRestoresTheRoleAndKeepsAPasswordChangedSince() {
        Accounts fx = new Accounts();
        Session admin = fx.admin();
        fx.userAdmin.changeRole(admin, "alice", Role.ADMIN);
        Session alice = fx.alice();
        fx.ownAccount.changeOwnPassword(alice, Accounts.ALICE_PASSWORD.toCharArray(), "alice-changed-pw-9".toCharArray());
        assertEquals("role of alice: user → admin", fx.undo.undo(admin, 1).get(0).label());
        assertEquals(Role.USER, roleOf(fx, admin, "alice"));
        assertEquals(Role.USER, fx.accounts.login("alice", "alice-changed-pw-9".toCharArray(), "cli").role());
        assertThrows(LoginFailed.class, () -> fx.alice());
    }

    @Test
    void undoingAnUnlockLocksTheAccountAgain() {
        Accounts fx = new Accounts();
        for (int i = 0; i < Accounts.SETTINGS.lockoutFailures(); i++) {
            assertThrows(LoginFailed.class, () -> fx.accounts.login("bob", "wrong-password-1".toCharArray(), "cli"));
        }
        assertThrows(AccountLocked.class, fx::bob);
        Session admin = fx.admin();
        fx.userAdmin.unlock(admin, "bob");
        fx.bob();
        assertEquals("unlock of bob", fx.undo.undo(admin, 1).get(0).label());
        assertThrows(AccountLocked.class, fx::bob);
    }

    @Test
    void theAuditLogRecordsTheUndoAndRedoOfAnAdministratorsStepNamingTheAccountAndTheStep() {
        Accounts fx = new Accounts();
        Session admin = fx.accounts.login("root", Accounts.ADMIN_PASSWORD.toCharArray(), "ssh 203.0.113.9");
        fx.userAdmin.createUser(admin, "carol", CAROL_PASSWORD.toCharArray(), Role.USER);
        fx.undo.undo(admin, 1);
        fx.userAdmin.createUser(admin, "carol", CAROL_PASSWORD.toCharArray(), Role.USER);
        fx.userAdmin.changeRole(admin, "carol", Role.ADMIN);
        fx.undo.undo(admin, 1);
        fx.undo.redo(admin, 1);
        List<String> events = fx.audit.list(admin, new AuditQuery(null, "carol", 10)).stream()
                .map(e -> e.event() + " " + e.actor() + " " + e.user() + " " + e.from() + " " + e.detail()).toList();
        assertEquals(List.of("redo.admin root carol ssh 203.0.113.9 role of carol: user → admin",
                "undo.admin root carol ssh 203.0.113.9 role of carol: user → admin",
                "user.role root carol ssh 203.0.113.9 user → admin",
                "user.created root carol ssh 203.0.113.9 user",
                "undo.admin root carol ssh 203.0.113.9 new user 'carol'",
                "user.created root carol ssh 203.0.113.9 user"), events);
    }

    @Test
    void undoingOnesOwnChangesRecordsNoAdministration() {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 1), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        fx.undo.undo(alice, 1);
        fx.undo.redo(alice, 1);
        assertTrue(fx.audit.list(fx.admin(), new AuditQuery(null, null, 100)).stream().noneMatch(e -> e.event().endsWith(".admin")));
    }

    @Test
    void anAdministratorsStepsAreNotTheOtherPeoplesToUndo() {
        Accounts fx = new Accounts();
        fx.userAdmin.changeRole(fx.admin(), "alice", Role.ADMIN);
        assertThrows(NothingToUndo.class, () -> fx.undo.undo(fx.alice(), 1));
    }

    @Test
    void aFormerAdministratorCanNeitherUndoNorRedoTheirStepsOnAccounts() {
        Accounts fx = new Accounts();
        fx.userAdmin.changeRole(fx.admin(), "alice", Role.ADMIN);
        Session alice = fx.alice();
        fx.userAdmin.createUser(alice, "mallory", CAROL_PASSWORD.toCharArray(), Role.ADMIN);
        fx.userAdmin.changeRole(fx.admin(), "alice", Role.USER);
        assertThrows(AccessDenied.class, () -> fx.undo.undo(fx.alice(), 1));
        assertEquals(Role.ADMIN, roleOf(fx, fx.admin(), "mallory"));
    }

    @Test
    void anAdministratorDemotedByAnotherCannotTakeBackThePromotionThatLeftTheOtherInCharge() {
        Accounts fx = new Accounts();
        fx.userAdmin.changeRole(fx.admin(), "alice", Role.ADMIN);
        fx.userAdmin.changeRole(fx.alice(), "root", Role.USER);
        AccessDenied e = assertThrows(AccessDenied.class, () -> fx.undo.undo(fx.admin(), 1));
        assertTrue(e.getMessage().startsWith("only an administrator may undo role of alice"), e.getMessage());
        assertEquals(Role.ADMIN, roleOf(fx, fx.alice(), "alice"));
    }

    @Test
    void aNewUserWhoseOnlyStepsAreUndoneHasNoDataInTheWayOfUndoingTheirCreation() {
        Accounts fx = new Accounts();
        Session admin = fx.admin();
        fx.userAdmin.createUser(admin, "carol", CAROL_PASSWORD.toCharArray(), Role.USER);
        Session carol = carol(fx, CAROL_PASSWORD);
        fx.transactions.add(carol, new Entry(LocalDate.of(2026, 3, 1), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        fx.undo.undo(carol, 1);
        assertEquals("new user 'carol'", fx.undo.undo(admin, 1).get(0).label());
        assertEquals(List.of("alice", "bob", "root"), fx.userAdmin.listUsers(admin).stream().map(UserSummary::username).toList());
    }
}
