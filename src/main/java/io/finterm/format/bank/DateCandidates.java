package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a date column's pattern from its values: every candidate that a value does not fit is
 * struck out; a day that does not exist but has the pattern's shape strikes nothing out (it is that
 * row's error). One meaning left is the pattern; two (dd/MM against MM/dd) is a refusal that names
 * {@code --date-format}, never a guess.
 */
final class DateCandidates {
    private final List<DatePattern> left = new ArrayList<>();
    private String firstUnfit;
    private boolean fitted;

    DateCandidates() {
        for (String c : DatePattern.CANDIDATES) {
            left.add(DatePattern.of(c));
        }
    }

    /**
     * Strikes out the candidates that {@code value} does not fit. A value that fits none of those
     * left strikes nothing out: it is that row's error, and the first such is kept for the refusal
     * when no value fits anything. Blank values are the row's business.
     */
    void accept(String value) {
        if (value.isEmpty()) {
            return;
        }
        List<DatePattern> fitting = new ArrayList<>(left.size());
        for (DatePattern p : left) {
            if (p.fits(value)) {
                fitting.add(p);
            }
        }
        if (fitting.isEmpty()) {
            if (firstUnfit == null) {
                firstUnfit = value;
            }
            return;
        }
        fitted = true;
        if (fitting.size() < left.size()) {
            left.clear();
            left.addAll(fitting);
        }
    }

    /** Whether more than one reading is still possible (so more values should be seen). */
    boolean undecided() {
        return meanings().size() > 1;
    }

    /** Whether any value was seen at all. */
    boolean sawAny() {
        return fitted || firstUnfit != null;
    }

    /**
     * The one pattern left, or a refusal: none fits (naming the date that fits nothing), or several
     * read the dates differently (naming each as a {@code --date-format}).
     */
    DatePattern decide(String column) {
        if (!fitted) {
            throw new FintermException("the date '" + firstUnfit + "' in the column " + column
                    + " fits none of the date patterns finterm knows: add --date-format (such as --date-format dd.MM.yyyy)");
        }
        Map<String, DatePattern> meanings = meanings();
        if (meanings.size() > 1) {
            List<String> names = new ArrayList<>();
            meanings.values().forEach(p -> names.add(p.text()));
            String both = names.size() == 2 ? "both " + names.get(0) + " and " + names.get(1)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            List<String> options = new ArrayList<>();
            names.forEach(n -> options.add("--date-format " + n));
            throw new FintermException("the dates fit " + both + ": add " + String.join(" or ", options));
        }
        return meanings.values().iterator().next();
    }

    /** {@link #decide}, or {@code fallback} when the column held no date at all. */
    DatePattern decideOr(String column, DatePattern fallback) {
        return sawAny() ? decide(column) : fallback;
    }

    /** The first candidate left for each distinct reading, in the candidates' order. */
    private Map<String, DatePattern> meanings() {
        Map<String, DatePattern> byMeaning = new LinkedHashMap<>();
        for (DatePattern p : left) {
            byMeaning.putIfAbsent(p.meaning(), p);
        }
        return byMeaning;
    }
}
