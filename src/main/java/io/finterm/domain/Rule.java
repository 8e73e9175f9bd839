package io.finterm.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One of a user's categorisation rules: a condition on a transaction's texts, its size and its
 * account, and what to do when it holds. A user's rules are tried in {@code position} order, and the
 * first that holds wins. A rule matches only transactions of its category's kind: one that files into
 * an expense category matches money out, one into an income category money in.
 *
 * @param position       1 for the first rule tried; a user's positions are 1, 2, 3 … without gaps
 * @param pattern        the text, word or regular expression looked for; a regular expression compiles
 * @param min            the smallest size (amount without its sign) that matches, or {@code null} for no bound
 * @param max            the largest size that matches, or {@code null}
 * @param accountId      the only account whose transactions match, or 0 for any
 * @param tags           added to the transaction's own
 * @param setPayee       the payee to set, or {@code ""} to keep the transaction's
 * @param setDescription the description to write instead of the transaction's, or {@code ""} to keep it
 */
public record Rule(long id, long userId, int position, RuleField field, MatchKind match, String pattern, BigDecimal min,
                   BigDecimal max, long accountId, long categoryId, List<String> tags, String setPayee, String setDescription) {
    public static final int MAX_PATTERN = 200;
    /** How many rules one user may keep: each import row may try them all. */
    public static final int MAX_PER_USER = 1000;

    public Rule {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        if (position < 1) {
            throw new ValidationException("position", "must be 1 or more, not " + position);
        }
        Ids.required("field", field);
        Ids.required("match", match);
        pattern = Text.field("match", pattern, MAX_PATTERN, true);
        if (match == MatchKind.REGEX) {
            compile(pattern);
        }
        if (min != null && min.signum() < 0 || max != null && max.signum() < 0) {
            throw new ValidationException(min != null && min.signum() < 0 ? "min" : "max",
                    "is a size, without a sign: the category's kind says whether money goes out or comes in");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new ValidationException("min", min.toPlainString() + " is more than --max " + max.toPlainString());
        }
        if (accountId < 0) {
            throw new ValidationException("account", "must be an id or 0 for any, not " + accountId);
        }
        Ids.requirePositive("category", categoryId);
        tags = Tags.of(tags == null ? List.of() : tags);
        setPayee = Text.field("set-payee", setPayee, Transaction.MAX_PAYEE, false);
        setDescription = Text.field("set-description", setDescription, Transaction.MAX_DESCRIPTION, false);
    }

    /**
     * Compiles a rule's regular expression as matching does (ignoring case, Unicode-aware), or says
     * where it is wrong: {@code match: the regular expression is wrong at character 5 (Unclosed group): (rewe}.
     */
    public static Pattern compile(String regex) {
        try {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            RegexBounds.check(regex);
            return p;
        } catch (PatternSyntaxException e) {
            // Java puts an error found only at the end (an unclosed group) just past the last character.
            String where = e.getIndex() >= 0 ? " at character " + Math.max(1, Math.min(e.getIndex() + 1, regex.length())) : "";
            throw new ValidationException("match", "the regular expression is wrong" + where + " (" + e.getDescription() + "): "
                    + Text.clean(regex));
        }
    }

    /** This rule at another place in the order. */
    public Rule at(int newPosition) {
        return new Rule(id, userId, newPosition, field, match, pattern, min, max, accountId, categoryId, tags, setPayee, setDescription);
    }

    /** This rule filing into another category (when its own is merged into that one). */
    public Rule into(long newCategoryId) {
        return new Rule(id, userId, position, field, match, pattern, min, max, accountId, newCategoryId, tags, setPayee, setDescription);
    }
}
