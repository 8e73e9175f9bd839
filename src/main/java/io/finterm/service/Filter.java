package io.finterm.service;

import io.finterm.domain.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A parsed filter query: terms that must all hold. Built by {@link FilterParser}; the same filter
 * serves the TUI's {@code /} and the CLI's {@code --filter}.
 *
 * @param from the earliest date any transaction can match (from the date terms), for index scans
 * @param to   the latest such date
 * @param tag  the tag a (not negated) {@code tag:} term requires, if any: the rows are then read from the
 *             tag index instead of the whole history
 */
public record Filter(String text, List<Term> terms, LocalDate from, LocalDate to, Optional<String> tag) {
    /**
     * One condition on a transaction. A category term looks at the names of the categories the
     * transaction counts in ({@link Transaction#categoryIds()}), found by {@code categoryName}: a split
     * matches when any of its lines does.
     */
    public interface Term {
        boolean matches(Transaction t, LongFunction<String> categoryName);
    }

    /** Transactions between two days, both included; unless negated, the filter's range says the same. */
    public record Dates(LocalDate from, LocalDate to) implements Term {
        @Override
        public boolean matches(Transaction t, LongFunction<String> categoryName) {
            return !t.date().isBefore(from) && !t.date().isAfter(to);
        }
    }

    /** Transactions with one tag (as {@link io.finterm.domain.Tags#tag} writes it). */
    public record Tag(String tag) implements Term {
        @Override
        public boolean matches(Transaction t, LongFunction<String> categoryName) {
            return t.tags().contains(tag);
        }
    }

    public static final Filter ALL = new Filter("", List.of(), Transaction.FIRST_DATE, Transaction.LAST_DATE, Optional.empty());

    public Filter {
        terms = List.copyOf(terms);
    }

    public Filter(String text, List<Term> terms, LocalDate from, LocalDate to) {
        this(text, terms, from, to, Optional.empty());
    }

    public boolean matches(Transaction t, LongFunction<String> categoryName) {
        for (Term term : terms) {
            if (!term.matches(t, categoryName)) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #matches(Transaction, LongFunction)}, with the names by id ("?" for an unknown one). */
    public boolean matches(Transaction t, Map<Long, String> categoryNames) {
        return matches(t, id -> categoryNames.getOrDefault(id, "?"));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether the date range alone decides what matches: every term is a (not negated) range of dates. */
    public boolean onlyDates() {
        return terms.stream().allMatch(t -> t instanceof Dates);
    }

    /**
     * Whether the tag index alone decides what matches: a tag, and otherwise only (not negated) ranges of
     * dates, so that rows can be counted and paged on the index without being read.
     */
    public boolean onlyTag() {
        return tag.isPresent() && terms.stream().allMatch(t -> t instanceof Dates || t instanceof Tag g && g.tag().equals(tag.get()));
    }
}
