package io.finterm.service;

import io.finterm.domain.Transaction;
import java.time.LocalDate;
import java.util.List;

/**
 * A parsed filter query: terms that must all hold. Built by {@link FilterParser}; the same filter
 * serves the TUI's {@code /} and the CLI's {@code --filter}.
 *
 * @param from the earliest date any transaction can match (from the date terms), for index scans
 * @param to   the latest such date
 */
public record Filter(String text, List<Term> terms, LocalDate from, LocalDate to) {
    /** One condition on a transaction, which may look at its category's name. */
    public interface Term {
        boolean matches(Transaction t, String categoryName);
    }

    /** Transactions between two days, both included; unless negated, the filter's range says the same. */
    public record Dates(LocalDate from, LocalDate to) implements Term {
        @Override
        public boolean matches(Transaction t, String categoryName) {
            return !t.date().isBefore(from) && !t.date().isAfter(to);
        }
    }

    public static final Filter ALL = new Filter("", List.of(), Transaction.FIRST_DATE, Transaction.LAST_DATE);

    public Filter {
        terms = List.copyOf(terms);
    }

    public boolean matches(Transaction t, String categoryName) {
        for (Term term : terms) {
            if (!term.matches(t, categoryName)) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether the date range alone decides what matches: every term is a (not negated) range of dates. */
    public boolean onlyDates() {
        return terms.stream().allMatch(t -> t instanceof Dates);
    }
}
