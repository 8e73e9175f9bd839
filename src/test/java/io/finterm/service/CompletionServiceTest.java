package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payees and tags complete from the user's own history: distinct, newest first, from the prefix typed. */
class CompletionServiceTest {
    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();
    private final CompletionService completion = new CompletionService(fx.store, fx.accounts);

    private void paid(Session who, String date, String payee, List<String> tags) {
        fx.transactions.add(who, new Entry(LocalDate.parse(date), TxKind.EXPENSE, "Groceries", Money.of(1_000, "EUR"), "",
                null, payee, tags, List.of()));
    }

    @Test
    void payeesAreDistinctIgnoringCaseNewestFirstAndSpelledAsLastWritten() {
        paid(alice, "2026-01-05", "SUPERMARKET", List.of());
        paid(alice, "2026-03-01", "Supermarket", List.of());
        paid(alice, "2026-02-10", "Superdry", List.of());
        paid(alice, "2026-02-20", "Bakery", List.of());
        paid(alice, "2026-02-21", "", List.of());
        assertEquals(List.of("Supermarket", "Superdry"), completion.payees(alice, "su", 10));
        assertEquals(List.of("Supermarket", "Bakery", "Superdry"), completion.payees(alice, "", 10));
        assertEquals(List.of("Supermarket"), completion.payees(alice, "SUP", 1));
        assertEquals(List.of(), completion.payees(alice, "x", 10));
    }

    @Test
    void tagsCompleteNewestFirstAndEachOnce() {
        paid(alice, "2026-01-05", "", List.of("tax", "trip-rome"));
        paid(alice, "2026-03-01", "", List.of("Trip-Rome"));
        paid(alice, "2026-02-01", "", List.of("tax-2025", "home"));
        assertEquals(List.of("trip-rome", "tax-2025", "tax"), completion.tags(alice, "t", 10));
        assertEquals(List.of("tax-2025", "tax"), completion.tags(alice, "TA", 10));
        assertEquals(List.of("home"), completion.tags(alice, "h", 10));
    }

    @Test
    void anotherUsersPayeesAndTagsAreNeverOffered() {
        paid(alice, "2026-01-05", "Secret Clinic", List.of("secret"));
        Session bob = fx.bob();
        paid(bob, "2026-01-06", "Bob's Bikes", List.of("bike"));
        assertEquals(List.of("Bob's Bikes"), completion.payees(bob, "", 10));
        assertEquals(List.of("bike"), completion.tags(bob, "", 10));
        assertEquals(List.of(), completion.payees(bob, "se", 10));
    }
}
