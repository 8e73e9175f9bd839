package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.AuditEvent;
import io.finterm.domain.Role;
import io.finterm.domain.SshKey;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log: who did what to the accounts, from where; no secrets; read by administrators only; never changed. */
class AuditLogTest {
    private static final AuditQuery ALL = new AuditQuery(null, null, 1000);

    @TempDir
    Path dir;

    /** The event as a line that says everything but the id and the time. */
    private static String line(AuditEvent e) {
        return e.event() + " actor=" + e.actor() + " user=" + e.user() + " from=" + e.from() + " detail=" + e.detail();
    }

    /** Every event, oldest first, read from the store without the service (so that the reading records nothing). */
    private static List<String> events(Accounts fx) {
        return fx.store.read(rd -> {
            List<String> out = new java.util.ArrayList<>();
            rd.forEach(Schema.AUDIT, e -> out.add(line(e)));
            return out;
        });
    }

    private static List<String> eventsSince(Accounts fx, int before) {
        List<String> all = events(fx);
        return all.subList(before, all.size());
    }

    private static Session adminAt(Accounts fx, String from) {
        return fx.accounts.login("root", Accounts.ADMIN_PASSWORD.toCharArray(), from);
    }

    @Test
    void theFirstAdministratorAndTheFixturesUsersAreRecordedAsCreated() {
        Accounts fx = new Accounts();
        List<String> all = events(fx);
        assertEquals("user.created actor= user=root from=cli detail=admin", all.get(0));
        assertTrue(all.contains("user.created actor=root user=alice from=cli detail=user"), all.toString());
        assertTrue(all.contains("user.created actor=root user=bob from=cli detail=user"), all.toString());
    }

    @Test
    void aLoginIsRecordedWithWhereItCameFrom() {
        Accounts fx = new Accounts();
        int before = events(fx).size();
        Session s = fx.accounts.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "ssh 192.0.2.7");
        assertEquals("ssh 192.0.2.7", s.from());
        fx.accounts.login("bob", Accounts.BOB_PASSWORD.toCharArray(), "terminal");
        assertEquals(List.of("login.ok actor=alice user=alice from=ssh 192.0.2.7 detail=password",
                "login.ok actor=bob user=bob from=terminal detail=password"), eventsSince(fx, before));
    }

    @Test
    void wrongPasswordsAreFailedLoginsThatSurviveARestartAndTheLockoutIsRecorded() {
        try (Store store = Store.open(dir.resolve("store"))) {
            Accounts fx = new Accounts(store);
            for (int i = 0; i < 5; i++) {
                assertThrows(LoginFailed.class, () -> fx.accounts.login("alice", "not-her-password".toCharArray(), "ssh 198.51.100.4"));
            }
            assertThrows(AccountLocked.class, () -> fx.accounts.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "terminal"));
        }
        try (Store store = Store.open(dir.resolve("store"))) {
            Accounts fx = new Accounts.Restored(store).fixture();
            List<String> all = events(fx);
            List<String> alices = all.stream().filter(l -> l.contains("user=alice") && l.startsWith("login.")).toList();
            String failed = "login.failed actor= user=alice from=ssh 198.51.100.4 detail=wrong password";
            assertEquals(List.of(failed, failed, failed, failed, failed), alices.subList(0, 5));
            assertTrue(alices.get(5).startsWith("login.locked actor= user=alice from=ssh 198.51.100.4 detail=5 failures in a row; locked until"),
                    alices.get(5));
            assertEquals("login.failed actor= user=alice from=terminal detail=account locked", alices.get(6));
            assertEquals(7, alices.size());
        }
    }

    @Test
    void aFailedLoginOfANameThatDoesNotExistRecordsNoNameAtAll() {
        Accounts fx = new Accounts();
        int before = events(fx).size();
        String typed = "Tr0ub4dor-typed-in-the-name-field";
        assertThrows(LoginFailed.class, () -> fx.accounts.login(typed, "whatever-1".toCharArray(), "terminal"));
        assertEquals(List.of("login.failed actor= user= from=terminal detail=unknown username"), eventsSince(fx, before));
        assertTrue(events(fx).stream().noneMatch(l -> l.toLowerCase().contains(typed.toLowerCase())));
    }

    @Test
    void anAdministratorsActionsOnAccountsAreRecordedWithTheAdministratorAndWhereFrom() {
        Accounts fx = new Accounts();
        Session admin = adminAt(fx, "ssh 203.0.113.9");
        int before = events(fx).size();
        fx.userAdmin.createUser(admin, "carol", "carols-password-1".toCharArray(), Role.USER);
        fx.userAdmin.changeRole(admin, "carol", Role.ADMIN);
        fx.userAdmin.changeRole(admin, "carol", Role.ADMIN); // no change: nothing to record
        fx.userAdmin.resetPassword(admin, "carol", "carols-password-2".toCharArray());
        fx.userAdmin.unlock(admin, "carol");
        fx.userAdmin.deleteUser(admin, "carol");
        String by = " actor=root user=carol from=ssh 203.0.113.9 detail=";
        List<String> got = eventsSince(fx, before);
        assertEquals(List.of("user.created" + by + "user", "user.role" + by + "user → admin", "user.password-reset" + by,
                "user.unlocked" + by), got.subList(0, 4));
        assertTrue(got.get(4).startsWith("user.deleted" + by), got.get(4));
        assertEquals(5, got.size());
    }

    @Test
    void aPersonsPasswordAndKeyChangesAreRecordedAndTheyReadTheirOwnSecurityEvents() {
        Accounts fx = new Accounts();
        Session alice = fx.accounts.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "terminal");
        assertThrows(LoginFailed.class, () -> fx.accounts.login("alice", "a-wrong-password".toCharArray(), "ssh 192.0.2.44"));
        fx.ownAccount.changeOwnPassword(alice, Accounts.ALICE_PASSWORD.toCharArray(), "alice-new-secret-2".toCharArray());
        SshKey key = fx.ownAccount.addKey(alice, AuthorizationMatrixTest.KEY_LINE);
        assertTrue(fx.ownAccount.removeKey(alice, key.fingerprint()));
        fx.accounts.login("bob", Accounts.BOB_PASSWORD.toCharArray(), "cli");

        List<String> own = fx.audit.ownSecurity(alice).stream().map(AuditLogTest::line).toList();
        assertEquals(List.of("key.removed actor=alice user=alice from=terminal detail=" + key.fingerprint(),
                "key.added actor=alice user=alice from=terminal detail=" + key.fingerprint(),
                "password.changed actor=alice user=alice from=terminal detail=",
                "login.failed actor= user=alice from=ssh 192.0.2.44 detail=wrong password",
                "login.ok actor=alice user=alice from=terminal detail=password"), own.subList(0, 5));
        assertTrue(own.stream().allMatch(l -> l.contains("user=alice ")), "only her own account: " + own);
        assertFalse(own.stream().anyMatch(l -> l.startsWith("user.created")), "her creation is the administrator's, not a security event");
        List<String> bobs = fx.audit.ownSecurity(fx.bob()).stream().map(AuditLogTest::line).toList();
        assertTrue(bobs.stream().allMatch(l -> l.contains("user=bob ")), bobs.toString());
    }

    @Test
    void aFullBackupAndItsRestoreAreRecordedButAPersonsOwnExportIsNot() {
        Accounts fx = new Accounts();
        Session admin = adminAt(fx, "terminal");
        int before = events(fx).size();
        fx.backups.export(fx.accounts.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "cli"), new StringWriter());
        StringWriter full = new StringWriter();
        fx.backups.export(admin, full);
        List<String> got = eventsSince(fx, before);
        assertEquals(List.of("login.ok actor=alice user=alice from=cli detail=password",
                "backup.exported actor=root user= from=terminal detail=full backup"), got);

        Accounts restored = new Accounts.Restored(Store.inMemory()).fixture();
        restored.backups.restore(new StringReader(full.toString()));
        assertEquals(List.of("backup.restored actor= user= from=cli detail=3 users, 0 transactions"), events(restored));
    }

    @Test
    void onlyAnAdministratorReadsTheLogAndARefusalChangesNothing() {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        List<String> before = events(fx);
        AccessDenied e = assertThrows(AccessDenied.class, () -> fx.audit.list(alice, ALL));
        assertEquals("only an administrator may read the audit log", e.getMessage());
        assertEquals(before, events(fx));
        assertFalse(fx.audit.list(fx.admin(), ALL).isEmpty());
    }

    @Test
    void theLogListsNewestFirstFromADayForOneUserAndAtMostTheLimit() {
        Accounts fx = new Accounts(); // 2026-03-05
        fx.clock.advance(Duration.ofDays(2));
        fx.accounts.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "terminal");
        fx.clock.advance(Duration.ofDays(1));
        fx.accounts.login("bob", Accounts.BOB_PASSWORD.toCharArray(), "cli");
        fx.clock.advance(Duration.ofHours(1));
        Session admin = adminAt(fx, "terminal");

        List<String> since7th = fx.audit.list(admin, new AuditQuery(LocalDate.of(2026, 3, 7), null, 100)).stream().map(AuditLogTest::line).toList();
        assertEquals(List.of("login.ok actor=root user=root from=terminal detail=password", "login.ok actor=bob user=bob from=cli detail=password",
                "login.ok actor=alice user=alice from=terminal detail=password"), since7th);
        List<AuditEvent> alices = fx.audit.list(admin, new AuditQuery(null, "Alice", 100));
        assertEquals(List.of("login.ok", "user.created"), alices.stream().map(AuditEvent::event).toList());
        assertEquals(Instant.parse("2026-03-07T14:00:00Z"), alices.get(0).at());
        List<AuditEvent> two = fx.audit.list(admin, new AuditQuery(null, null, 2));
        assertEquals(List.of("root", "bob"), two.stream().map(AuditEvent::user).toList());
        assertThrows(io.finterm.domain.ValidationException.class, () -> new AuditQuery(null, null, 0));
    }

    @Test
    void theRetentionDropsOnlyEventsOlderThanTheConfiguredYear() {
        Accounts fx = new Accounts();
        int old = events(fx).size();
        fx.clock.advance(Duration.ofDays(400));
        fx.accounts.login("alice", Accounts.ALICE_PASSWORD.toCharArray(), "terminal");
        assertEquals(old, fx.audit.pruneExpired());
        assertEquals(List.of("login.ok actor=alice user=alice from=terminal detail=password"), events(fx));
        assertEquals(0, fx.audit.pruneExpired());
    }

    @Test
    void theRetentionIsTheOneTheServiceWasBuiltWithAndNoCallerChoosesTheCutoff() throws Exception {
        Accounts fx = new Accounts();
        AuditService keepsTenDays = new AuditService(fx.store, fx.accounts, Duration.ofDays(10));
        int before = events(fx).size();
        fx.clock.advance(Duration.ofDays(9));
        assertEquals(0, keepsTenDays.pruneExpired(), "nothing is older than ten days yet");
        assertEquals(0, fx.audit.pruneExpired(), "nor older than a year");
        fx.clock.advance(Duration.ofDays(2));
        fx.accounts.login("bob", Accounts.BOB_PASSWORD.toCharArray(), "cli");
        assertEquals(0, fx.audit.pruneExpired(), "a year's retention keeps eleven-day-old events");
        assertEquals(before, keepsTenDays.pruneExpired());
        assertEquals(List.of("login.ok actor=bob user=bob from=cli detail=password"), events(fx));
        // the one public way to drop events takes no argument: no caller can pass Instant.MAX and wipe the log
        for (java.lang.reflect.Method m : AuditService.class.getMethods()) {
            if (m.getName().startsWith("prune")) {
                assertEquals(0, m.getParameterCount(), m.toString());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new AuditService(fx.store, fx.accounts, Duration.ZERO));
    }

    @Test
    void noPasswordEverReachesTheStoresFilesOrTheLog() throws Exception {
        String known = "zebra-Known-pw-77";
        String typo = "oops-this-is-a-password-88";
        Path storeDir = dir.resolve("secrets");
        try (Store store = Store.open(storeDir)) {
            Accounts fx = new Accounts(store);
            Session admin = adminAt(fx, "terminal");
            fx.userAdmin.createUser(admin, "dave", known.toCharArray(), Role.USER);
            assertThrows(LoginFailed.class, () -> fx.accounts.login(typo, known.toCharArray(), "terminal"));
            assertThrows(LoginFailed.class, () -> fx.accounts.login("dave", typo.toCharArray(), "terminal"));
            Session dave = fx.accounts.login("dave", known.toCharArray(), "terminal");
            fx.ownAccount.changeOwnPassword(dave, known.toCharArray(), (known + "-2").toCharArray());
            fx.userAdmin.resetPassword(admin, "dave", (known + "-3").toCharArray());
            for (AuditEvent e : fx.audit.list(admin, ALL)) {
                assertFalse(line(e).contains("zebra") || line(e).contains("oops"), line(e));
            }
        }
        byte[] journal = Files.readAllBytes(storeDir.resolve("journal.log"));
        assertTrue(journal.length > 0);
        try (Stream<Path> files = Files.walk(storeDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains("zebra"), "a password in " + f);
                assertFalse(bytes.contains("oops-this"), "a password typed as a name in " + f);
            }
        }
    }

    @Test
    void noServiceChangesOrDeletesAnEventOnlyTheRetentionDropsOldOnes() throws Exception {
        // the audit table is written by AuditLog (inserts only) and read by AuditService, whose one delete is the retention
        java.util.Map<String, String> users = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/finterm"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (java.util.regex.Pattern.compile("Schema\\.AUDIT\\b(?!_)").matcher(text).find() && !f.endsWith("store/Schema.java")) {
                    users.put(f.getFileName().toString(), text);
                }
            }
        }
        assertEquals(java.util.Set.of("AuditLog.java", "AuditService.java"), users.keySet());
        assertFalse(users.get("AuditLog.java").matches("(?s).*(update|delete)\\(Schema\\.AUDIT.*"));
        assertFalse(users.get("AuditService.java").contains("update(Schema.AUDIT"));
        assertEquals(1, users.get("AuditService.java").split("delete\\(Schema\\.AUDIT", -1).length - 1, "one delete: the retention's");
        assertEquals(java.util.Set.of("list", "ownSecurity", "pruneExpired"), Stream.of(AuditService.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).map(java.lang.reflect.Method::getName)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void undoingAnAdministratorsStepsAndDeletingAUserLeaveTheLogAsItWas() {
        Accounts fx = new Accounts();
        Session admin = adminAt(fx, "terminal");
        fx.userAdmin.createUser(admin, "carol", "carols-password-1".toCharArray(), Role.USER);
        fx.userAdmin.changeRole(admin, "carol", Role.ADMIN);
        List<String> before = events(fx);
        fx.undo.undo(admin, 2);
        List<String> after = events(fx);
        assertEquals(before, after.subList(0, before.size()), "undo removed or changed an event");
        fx.userAdmin.deleteUser(admin, "alice");
        assertEquals(after, events(fx).subList(0, after.size()), "a deleted user's events stay");
        assertTrue(events(fx).stream().anyMatch(l -> l.startsWith("login.ok actor=alice") || l.startsWith("user.created actor=root user=alice")));
    }
}
