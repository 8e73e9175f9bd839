package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system clock jumping backwards (a bad NTP step, a dead RTC battery) while people work: nothing
 * in the store depends on it, sessions still end when idle, and lockouts still expire.
 */
class ClockJumpTest {
    @TempDir
    Path dir;

    @Test
    void aClockThatJumpsBackAYearMidSessionCorruptsNothingAndIdleSessionsStillEnd() {
        Accounts fx = new Accounts(Store.open(dir));
        Session alice = fx.alice();
        var first = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 5), TxKind.EXPENSE, "Groceries", Money.of(1200, "EUR"), "before"));

        fx.clock.advance(Duration.ofDays(-400));
        var second = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 6), TxKind.EXPENSE, "Groceries", Money.of(800, "EUR"), "after"));
        fx.transactions.edit(alice, first.id(), new Entry(LocalDate.of(2026, 3, 5), TxKind.EXPENSE, "Groceries", Money.of(1300, "EUR"), "edited"));
        fx.budgets.set(alice, "Groceries", YearMonth.of(2026, 3), Money.of(50_000, "EUR"));
        assertEquals(2, fx.transactions.count(alice, Filter.ALL));

        fx.clock.advance(Duration.ofMinutes(16));
        assertThrows(AccessDenied.class, () -> fx.transactions.count(alice, Filter.ALL), "idle in the new time, the session ends");
        assertTrue(fx.store.check().ok());
        fx.store.close();

        try (Store again = Store.open(dir)) {
            Accounts reopened = new Accounts.Restored(again).fixture();
            Session back = reopened.alice();
            assertEquals(1300, reopened.transactions.get(back, first.id()).transaction().amount().minor());
            assertEquals("after", reopened.transactions.get(back, second.id()).transaction().description());
            assertTrue(again.check().ok());
        }
    }

    @Test
    void aLockoutStillExpiresAfterTheClockJumpsBack() {
        Accounts fx = new Accounts();
        for (int i = 0; i < 5; i++) {
            assertThrows(LoginFailed.class, () -> fx.accounts.login("alice", "wrong-password".toCharArray(), "cli"));
        }
        assertThrows(AccountLocked.class, fx::alice);
        fx.clock.advance(Duration.ofDays(-30)); // now the lockout seems to end a month away
        assertThrows(AccountLocked.class, fx::alice, "still locked right after the jump");
        fx.clock.advance(Duration.ofMinutes(16));
        assertEquals("alice", fx.alice().username(), "no longer than the lockout itself, in the new time");
    }
}
