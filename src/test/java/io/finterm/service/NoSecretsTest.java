package io.finterm.service;

import io.finterm.testdata.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Role;
import io.finterm.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No plaintext password reaches the store's files, the log or an export, whatever happens to it. */
class NoSecretsTest {
    @TempDir
    Path dir;

    @Test
    void passwordsAppearInNoFile() throws Exception {
        Path log = dir.resolve("finterm.log");
        Logger logger = Logger.getLogger("io.finterm");
        FileHandler handler = new FileHandler(log.toString(), true);
        handler.setFormatter(new SimpleFormatter());
        logger.addHandler(handler);
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.setUseParentHandlers(false);
        List<String> secrets = List.of("first-admin-pw-1", "second-user-pw-2", "a-typo-password-3",
                "changed-user-pw-4", "reset-by-admin-5");
        try (Store store = Store.open(dir.resolve("store"))) {
            AccountService accounts = new AccountService(store, new PasswordHasher(PasswordHasherTest.CHEAP, new SecureRandom()),
                    PasswordPolicy.bundled(), Accounts.SETTINGS, DefaultCategories.bundled(), new MutableClock(java.time.Instant.parse("2026-01-01T00:00:00Z")));
            UserAdminService userAdmin = new UserAdminService(store, accounts);
            OwnAccountService ownAccount = new OwnAccountService(store, accounts);
            accounts.createFirstAdmin("root", secrets.get(0).toCharArray(), "cli");
            Session admin = accounts.login("root", secrets.get(0).toCharArray(), "cli");
            userAdmin.createUser(admin, "carol", secrets.get(1).toCharArray(), Role.USER);
            assertThrows(LoginFailed.class, () -> accounts.login("carol", secrets.get(2).toCharArray(), "cli"));
            assertThrows(LoginFailed.class, () -> accounts.login(secrets.get(2), secrets.get(2).toCharArray(), "cli"));
            Session carol = accounts.login("carol", secrets.get(1).toCharArray(), "cli");
            ownAccount.changeOwnPassword(carol, secrets.get(1).toCharArray(), secrets.get(3).toCharArray());
            userAdmin.resetPassword(admin, "carol", secrets.get(4).toCharArray());
            BackupService backups = new BackupService(store, accounts, java.time.Clock.systemUTC());
            for (Session who : List.of(admin, accounts.login("carol", secrets.get(4).toCharArray(), "cli"))) {
                try (var w = Files.newBufferedWriter(dir.resolve("export-" + who.username() + ".json"))) {
                    backups.export(who, w);
                }
            }
            store.compact();
        } finally {
            handler.close();
            logger.removeHandler(handler);
            logger.setLevel(level);
            logger.setUseParentHandlers(true);
        }
        String logText = Files.readString(log);
        assertTrue(logText.contains("login: carol logged in"), logText);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    if (content.contains(secret)) {
                        found.add(secret + " in " + dir.relativize(f));
                    }
                }
            }
        }
        assertEquals(List.of(), found);
        // what the README says of hashes: in the administrator's full backup, by design; nowhere else but the store
        assertTrue(Files.readString(dir.resolve("export-root.json")).contains("$argon2id$"), "a full backup restores every account");
        assertTrue(!Files.readString(dir.resolve("export-carol.json")).contains("$argon2"), "a user's own export holds no hash");
        assertTrue(!logText.contains("$argon2"), "the log holds no hash");
    }
}
