package io.finterm.cli;

import io.finterm.domain.Money;
import io.finterm.domain.ValidationException;
import io.finterm.service.Entry;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import picocli.CommandLine;

/**
 * The split lines that {@code add} and {@code edit} both take (their tags are {@link io.finterm.domain.Tags#parse}). A split line is
 * {@code CATEGORY=AMOUNT} or {@code CATEGORY=AMOUNT=MEMO}: the category is up to the first {@code =},
 * the amount up to the second, and the memo is the rest (it may hold {@code =} itself).
 */
final class EntryDetails {
    private EntryDetails() {
    }

    /**
     * The {@code --split} options as lines, their amounts read in {@code currency}. A line without an
     * {@code =} is a usage error (exit 2); an amount that is not one names its line (exit 1).
     */
    static List<Entry.SplitEntry> splits(CommandLine cl, List<String> options, Currency currency) {
        List<Entry.SplitEntry> lines = new ArrayList<>();
        int number = 0;
        for (String option : options) {
            number++;
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(cl, "--split '" + io.finterm.domain.Text.clean(option)
                        + "': write CATEGORY=AMOUNT or CATEGORY=AMOUNT=MEMO, such as Groceries=40.00");
            }
            String rest = option.substring(eq + 1);
            int memoAt = rest.indexOf('=');
            String amount = memoAt < 0 ? rest : rest.substring(0, memoAt);
            String memo = memoAt < 0 ? "" : rest.substring(memoAt + 1);
            Money m;
            try {
                m = Money.parse(amount, currency);
            } catch (ValidationException e) {
                throw new ValidationException("split line " + number, e.reason());
            }
            lines.add(new Entry.SplitEntry(option.substring(0, eq).strip(), m, memo.strip()));
        }
        return lines;
    }
}
