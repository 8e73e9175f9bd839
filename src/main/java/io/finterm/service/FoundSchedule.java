package io.finterm.service;

import io.finterm.analysis.RecurringFinder.Found;
import io.finterm.domain.Money;
import io.finterm.domain.Recurrence;
import io.finterm.domain.RecurrenceWords;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment that repeats in the user's history and no schedule covers yet, offered as a schedule: what it books (the kind,
 * account, category, payee, description and typical amount, approximate when the amounts vary), the rule found (its start is
 * {@code next}, the date the next payment is expected), and the series it was found in.
 *
 * @param words the rule in words: {@code monthly on the 15th}
 * @param line  the whole offer in one sentence: {@code Netflix, 13.30 EUR monthly on the 15th, 14 times since 2025-09}
 */
public record FoundSchedule(String name, TxKind kind, String account, String category, String payee, String description,
                            Money amount, boolean approximate, Recurrence rule, String words, LocalDate first, LocalDate last,
                            int times, LocalDate next, List<Long> transactionIds, String line) {
    public FoundSchedule {
        transactionIds = List.copyOf(transactionIds);
    }

    static FoundSchedule of(Found f) {
        return new FoundSchedule(f.name(), f.kind(), f.account(), f.category(), f.payee(), f.description(), f.amount(), f.approximate(),
                f.rule(), RecurrenceWords.rhythm(f.rule(), f.weekend()), f.first(), f.last(), f.times(), f.next(),
                f.transactionIds(), f.describe());
    }
}
