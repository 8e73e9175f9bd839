package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.SplitLine;
import io.finterm.domain.ValidationException;
import io.finterm.store.ReadTx;
import java.util.ArrayList;
import java.util.List;

/** The lines of a split entry, each in an existing category of the entry's kind and in the account's currency. */
final class SplitLines {
    private SplitLines() {
    }

    static List<SplitLine> of(ReadTx rd, long userId, Entry entry, Account account) {
        List<SplitLine> lines = new ArrayList<>(entry.splits().size());
        int number = 0;
        for (Entry.SplitEntry s : entry.splits()) {
            number++;
            try {
                account.requireCurrency(s.amount().currency());
                Category c = Categories.existing(rd, userId, entry.kind(), s.category());
                lines.add(new SplitLine(c.id(), s.amount(), s.memo()));
            } catch (ValidationException e) {
                throw new ValidationException("split line " + number, e.reason());
            }
        }
        return lines;
    }
}
