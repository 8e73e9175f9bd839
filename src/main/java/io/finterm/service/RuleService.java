package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.MatchKind;
import io.finterm.domain.Plural;
import io.finterm.domain.Rule;
import io.finterm.domain.RuleField;
import io.finterm.domain.Text;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A user's categorisation rules: add, list, remove, reorder, try one row, and apply them to the
 * transactions already stored. Rules are one's own: every method acts on the session's user only.
 * Commands name a rule by its position, 1 for the rule tried first.
 */
public final class RuleService {
    /**
     * What {@link #apply} did, or would do in a dry run.
     *
     * @param examined          the transactions the filter matched
     * @param changed           those a rule changed (or would change)
     * @param byRule            per rule position, how many it changed, in position order
     * @param firstChanges      the first changes, one line each (at most {@link RuleApplication#SHOWN})
     * @param skippedSplits     splits and transfers, which no rule changes
     * @param skippedReconciled reconciled rows a rule would have changed: changing a reconciled row needs the
     *                          person's confirmation one row at a time ({@link ReconciledChange}), so apply leaves them
     */
    public record Applied(long examined, long changed, Map<Integer, Long> byRule, List<String> firstChanges, long skippedSplits,
                          long skippedReconciled) {
        public Applied {
            byRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byRule)); // by position, as shown
            firstChanges = List.copyOf(firstChanges);
        }
    }

    /** What {@link #apply} files when given no filter: the rows no one has filed yet, of both kinds. */
    public static final String UNCATEGORIZED_ONLY = "cat:" + Category.UNCATEGORIZED;

    private final Store store;
    private final Sessions sessions;
    private final AccountService accounts;
    private final Steps steps;

    public RuleService(Store store, AccountService accounts) {
        this.store = store;
        this.accounts = accounts;
        this.sessions = accounts.sessions();
        this.steps = new Steps(accounts.clock());
    }

    /** Adds a rule at {@code r.at()} (the rules from there on move down one), or last. */
    public Rule add(Session session, NewRule r) {
        User user = sessions.active(session);
        return store.write(tx -> {
            List<Rule> rules = of(tx, user.id());
            if (rules.size() >= Rule.MAX_PER_USER) {
                throw new ValidationException("rule", "you have " + rules.size() + " rules, the most one person may keep; "
                        + "remove one first (finterm rules remove N)");
            }
            int at = r.at() == null ? rules.size() + 1 : r.at();
            if (at < 1 || at > rules.size() + 1) {
                throw new ValidationException("--at", "must be 1 to " + (rules.size() + 1) + ", not " + at);
            }
            Category category = RuleCategory.resolve(tx, user.id(), r.category());
            long accountId = r.account() == null || r.account().isBlank() ? 0
                    : AccountLookup.existing(tx, user.id(), "--account", r.account()).id();
            Rule rule = new Rule(tx.nextId(Schema.RULES), user.id(), at, r.field() == null ? RuleField.ANY : r.field(),
                    r.kind() == null ? MatchKind.TEXT : r.kind(), r.match(), r.min(), r.max(), accountId, category.id(),
                    r.tags(), r.setPayee(), r.setDescription());
            refuseTwin(rules, rule);
            steps.record(tx, user, "new rule " + named(rule, category.name()));
            for (Rule later : rules.subList(at - 1, rules.size())) {
                tx.update(Schema.RULES, later.at(later.position() + 1));
            }
            return tx.insert(Schema.RULES, rule);
        });
    }

    /** The user's rules in the order they are tried. */
    public List<RuleView> list(Session session) {
        User user = sessions.active(session);
        return store.read(rd -> views(rd, user.id(), of(rd, user.id())));
    }

    /** Removes the rule at {@code position}; the rules after it move up one. */
    public void remove(Session session, int position) {
        removeOne(session, rules -> at(rules, position, "rule"));
    }

    /** Moves the rule at {@code position} to {@code to}; the ones between shift by one. */
    public void move(Session session, int position, int to) {
        moveOne(session, rules -> at(rules, position, "rule"), to,
                count -> new ValidationException("--to", "must be 1 to " + count + ", not " + to));
    }

    /**
     * The rule that would hit a row with these texts, or empty. A {@code null} size ignores the rules'
     * amount bounds, a {@code null} account their account; a rule of either kind may hit.
     */
    public Optional<RuleView> test(Session session, String payee, String description, BigDecimal size, String account) {
        User user = sessions.active(session);
        if (size != null && size.signum() < 0) {
            throw new ValidationException("--amount", "is a size, without a sign: " + size.toPlainString());
        }
        return store.read(rd -> {
            long accountId = account == null || account.isBlank() ? 0 : AccountLookup.existing(rd, user.id(), "--account", account).id();
            List<Rule> rules = of(rd, user.id());
            Rule hit = compile(rd, user.id(), rules).first(null, accountId, size, Text.clean(payee), Text.clean(description));
            return hit == null ? Optional.<RuleView>empty() : Optional.of(views(rd, user.id(), List.of(hit)).get(0));
        });
    }

    /**
     * Files the transactions that match {@code filter} (the language of {@code finterm list --filter})
     * by the rules, in one commit; a dry run only counts. Splits, transfers and reconciled rows are left.
     * A blank filter means the Uncategorized rows only ({@link #UNCATEGORIZED_ONLY}), so that categories a
     * person chose by hand are kept unless they ask; {@code all} means every transaction.
     */
    public Applied apply(Session session, String filter, boolean dryRun) {
        User user = sessions.active(session);
        LocalDate today = LocalDate.now(accounts.clock());
        String query = filter == null || filter.isBlank() ? UNCATEGORIZED_ONLY : filter.strip().equalsIgnoreCase("all") ? "" : filter;
        if (dryRun) {
            return store.read(rd -> RuleApplication.run(rd, null, user.id(), query, today));
        }
        return store.write(tx -> {
            Applied applied = RuleApplication.run(tx, tx, user.id(), query, today);
            steps.record(tx, user, "apply rules (" + Plural.grouped(applied.changed(), "row") + ")");
            return applied;
        });
    }

    /** A user's rules, sorted by position, for an import. */
    static List<Rule> of(ReadTx rd, long userId) {
        List<Rule> rules = new ArrayList<>(rd.scan(Schema.RULES_BY_USER, KeyRange.prefix(userId), Paging.all()).rows());
        rules.sort(Comparator.comparingInt(Rule::position));
        return rules;
    }

    /** A user's rules ready to try, each limited to its category's kind. */
    static RuleSet compile(ReadTx rd, long userId, List<Rule> rules) {
        Map<Long, TxKind> kinds = new HashMap<>();
        for (Category c : Categories.all(rd, userId)) {
            kinds.put(c.id(), c.kind());
        }
        return RuleSet.compile(rules, kinds::get);
    }

    /** Refuses {@code rule} when one of {@code rules} already says the same: a second copy would never hit. */
    private static void refuseTwin(List<Rule> rules, Rule rule) {
        for (Rule r : rules) {
            if (r.field() == rule.field() && r.match() == rule.match() && r.pattern().equals(rule.pattern()) && sameSize(r.min(), rule.min())
                    && sameSize(r.max(), rule.max()) && r.accountId() == rule.accountId() && r.categoryId() == rule.categoryId()
                    && new java.util.HashSet<>(r.tags()).equals(new java.util.HashSet<>(rule.tags())) && r.setPayee().equals(rule.setPayee())
                    && r.setDescription().equals(rule.setDescription())) {
                throw new ValidationException("rule", "rule " + r.position() + " is the same");
            }
        }
    }

    private static boolean sameSize(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0; // 10 and 10.00 are the same bound
    }

    private static Rule at(List<Rule> rules, int position, String field) {
        if (position < 1 || position > rules.size()) {
            throw new ValidationException(field, rules.isEmpty() ? "you have no rules" : "there is no rule " + position + "; you have "
                    + Plural.of(rules.size(), "rule") + " (finterm rules list shows them)");
        }
        return rules.get(position - 1);
    }

    private static void renumber(WriteTx tx, List<Rule> inOrder) {
        for (int i = 0; i < inOrder.size(); i++) {
            Rule r = inOrder.get(i);
            if (r.position() != i + 1) {
                tx.update(Schema.RULES, r.at(i + 1));
            }
        }
    }

    private static List<RuleView> views(ReadTx rd, long userId, List<Rule> rules) {
        Map<Long, Category> categories = new HashMap<>();
        Map<String, Integer> kindsByName = new HashMap<>();
        for (Category c : Categories.all(rd, userId)) {
            categories.put(c.id(), c);
            kindsByName.merge(c.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        Map<Long, String> accountNames = AccountLookup.names(rd, userId);
        List<RuleView> out = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            Category c = categories.get(r.categoryId());
            String account = r.accountId() == 0 ? "" : accountNames.getOrDefault(r.accountId(), "?");
            // the summary names the kind only where the name alone would not say which category it is
            boolean both = kindsByName.getOrDefault(c.name().toLowerCase(java.util.Locale.ROOT), 0) > 1;
            out.add(new RuleView(r, RuleCategory.shown(c), account, RuleSummary.of(r, both ? RuleCategory.shown(c) : c.name(), account)));
        }
        return out;
    }

    /**
     * The rule to offer after transaction {@code transactionId}, imported, was filed by hand from
     * {@code previousCategoryId} into the category it has now; empty when there is nothing to offer (not
     * imported, a split or a transfer, the category unchanged, no text to match).
     */
    public Optional<RuleOffer> offer(Session session, long transactionId, long previousCategoryId) {
        User user = sessions.active(session);
        return store.read(rd -> {
            io.finterm.domain.Transaction t = TransactionService.owned(rd, user, transactionId);
            if (t.origin().importId() == 0 || t.isSplit() || t.isTransfer() || t.categoryId() == previousCategoryId) {
                return Optional.<RuleOffer>empty();
            }
            Category category = rd.get(Schema.CATEGORIES, t.categoryId()).orElseThrow();
            if (category.name().equalsIgnoreCase(Category.UNCATEGORIZED)) {
                return Optional.<RuleOffer>empty(); // taking a category away is no rule anyone wants
            }
            boolean byPayee = !t.payee().isBlank();
            String text = byPayee ? t.payee().strip() : leadingWords(t.description());
            if (text.isEmpty()) {
                return Optional.<RuleOffer>empty();
            }
            List<Rule> rules = of(rd, user.id());
            Rule hit = compile(rd, user.id(), rules).first(t.kind(), t.accountId(), t.amount().toDecimal(), t.payee(), t.description());
            if (hit != null && hit.categoryId() == t.categoryId()) {
                return Optional.<RuleOffer>empty(); // the rules already file this row here
            }
            // the kind is named only where the name alone would not say which category it is, as rules list does
            boolean both = Categories.all(rd, user.id()).stream().filter(c -> c.name().equalsIgnoreCase(category.name())).count() > 1;
            RuleField field = byPayee ? RuleField.PAYEE : RuleField.DESCRIPTION;
            // an earlier rule that files the row elsewhere would win: the new rule goes in front of it
            NewRule rule = new NewRule(text, field, MatchKind.TEXT, null, null, null, both ? RuleCategory.shown(category) : category.name(),
                    List.of(), null, null, hit == null ? null : hit.position());
            return Optional.of(new RuleOffer(rule, category.name(), field.label() + " '" + text + "' → " + category.name()));
        });
    }

    /**
     * A bank description's words up to the first with a digit in it, where the card number, the date
     * and the branch begin: {@code CB CARREFOUR MARKET 04/12 PARIS 11} gives {@code CB CARREFOUR MARKET}.
     */
    static String leadingWords(String description) {
        StringBuilder out = new StringBuilder();
        for (String word : description.strip().split("\\s+")) {
            if (word.isEmpty() || word.chars().anyMatch(Character::isDigit)) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    /**
     * Removes the rule {@code ruleId} wherever it stands now (a screen names the rule it shows, which another session
     * may have moved since); the rules after it move up one. Refused when it is gone or not the user's.
     */
    public void removeRule(Session session, long ruleId) {
        removeOne(session, rules -> byId(rules, ruleId));
    }

    /**
     * Moves the rule {@code ruleId}, wherever it stands now, to position {@code to}; the ones between shift by one.
     * Refused when it is gone or not the user's, or {@code to} is not 1 to the number of rules.
     */
    public void moveRule(Session session, long ruleId, int to) {
        moveOne(session, rules -> byId(rules, ruleId), to,
                count -> new ValidationException("rule", "can move to 1 to " + count + ", not " + to));
    }

    /**
     * The one removal behind {@link #remove} and {@link #removeRule}: {@code which} picks the rule among the user's,
     * in order, inside the same write, so the step is recorded in one place and nothing moves in between.
     */
    private void removeOne(Session session, Function<List<Rule>, Rule> which) {
        User user = sessions.active(session);
        store.write(tx -> {
            List<Rule> rules = new ArrayList<>(of(tx, user.id()));
            Rule gone = which.apply(rules);
            steps.record(tx, user, "delete of rule " + named(tx, gone));
            tx.delete(Schema.RULES, gone.id());
            rules.remove(gone);
            renumber(tx, rules);
            return null;
        });
    }

    /**
     * The one move behind {@link #move} and {@link #moveRule}: {@code which} picks the rule as {@link #removeOne}
     * does; {@code outOfRange} is each caller's own refusal of a {@code to} outside 1 to the number of rules.
     */
    private void moveOne(Session session, Function<List<Rule>, Rule> which, int to, IntFunction<ValidationException> outOfRange) {
        User user = sessions.active(session);
        store.write(tx -> {
            List<Rule> rules = new ArrayList<>(of(tx, user.id()));
            Rule moving = which.apply(rules);
            if (to < 1 || to > rules.size()) {
                throw outOfRange.apply(rules.size());
            }
            rules.remove(moving);
            rules.add(to - 1, moving);
            steps.record(tx, user, "move of rule " + named(tx, moving) + " to " + to);
            renumber(tx, rules);
            return null;
        });
    }

    /** A rule in an undo step's label: {@code 'rewe' → Groceries}. */
    private static String named(Rule rule, String category) {
        return "'" + rule.pattern() + "' → " + category;
    }

    private static String named(ReadTx rd, Rule rule) {
        return named(rule, rd.get(Schema.CATEGORIES, rule.categoryId()).map(Category::name).orElse("?"));
    }

    /** One of the user's rules by id; another user's is as gone as a removed one, so nothing says it exists. */
    private static Rule byId(List<Rule> mine, long ruleId) {
        return mine.stream().filter(r -> r.id() == ruleId).findFirst().orElseThrow(() -> new ValidationException("rule",
                "that rule is no longer among your rules: it was removed, in another session perhaps (the list shows them as they are now)"));
    }
}
