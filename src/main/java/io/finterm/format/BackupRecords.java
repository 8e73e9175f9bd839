package io.finterm.format;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.LegacyAccounts;
import io.finterm.domain.Money;
import io.finterm.domain.Origin;
import io.finterm.domain.Overspending;
import io.finterm.domain.Role;
import io.finterm.domain.SplitLine;
import io.finterm.domain.SshKey;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the fields of each record of a backup into a domain record, checks its references and
 * hands it on. A backup of version 1 has no accounts: each user gets {@code Main} as their default
 * and each transaction the account that {@link LegacyAccounts} gives its currency, handed on just
 * before the first record that needs it, exactly as a store of format 2 is migrated. A transaction
 * of version 1 or 2 has no payee, tags or lines, and is uncleared (as a store of format 3 migrates);
 * one of version 3 or older has no origin (as a store of format 4 migrates). Rules and profiles (version 5)
 * and schedules (version 6) are read by {@link BackupRuleRecords} and {@link BackupScheduleRecords}; rollover settings
 * (version 7) here.
 */
final class BackupRecords {
    private final int version;
    private final BackupReferences checked;
    /** Version 1 only: the accounts made so far, and each user's base currency and first day. */
    private final LegacyAccounts legacy;
    private final Map<Long, User> legacyUsers = new HashMap<>();
    private long legacyAccountIds;

    BackupRecords(int version, Backup.Visitor visitor) {
        this.version = version;
        this.checked = new BackupReferences(visitor);
        this.legacy = version == 1 ? new LegacyAccounts(() -> ++legacyAccountIds) : null;
    }

    void record(String path, String section, Map<String, Object> f) {
        checked.at(path);
        try {
            switch (section) {
                case "users" -> user(f);
                case "accounts" -> checked.account(new Account(id(f, "id"), id(f, "user"), text(f, "name"),
                        AccountType.parse(text(f, "type")), Money.currency(text(f, "currency")),
                        money(f, "opening", Money.currency(text(f, "currency"))), LocalDate.parse(text(f, "openingDate")),
                        flag(f, "inNetWorth"), flag(f, "closed")));
                case "categories" -> checked.category(new Category(id(f, "id"), id(f, "user"), TxKind.parse(text(f, "type")),
                        text(f, "name")));
                case "imports" -> checked.importBatch(new ImportBatch(id(f, "id"), id(f, "user"), Instant.parse(text(f, "at")),
                        text(f, "file"), id(f, "account"), id(f, "rows"), id(f, "duplicates"), instant(f, "undoneAt"), ids(f, "matched")));
                case "transactions" -> transaction(f);
                case "budgets" -> checked.budget(new Budget(id(f, "id"), id(f, "user"), id(f, "category"),
                        YearMonth.parse(text(f, "month")), money(f, "amount", Money.currency(text(f, "currency")))));
                case "keys" -> checked.key(SshKey.parse(id(f, "id"), id(f, "user"), text(f, "key")));
                case "rules" -> checked.rule(BackupRuleRecords.rule(f));
                case "profiles" -> checked.profile(BackupRuleRecords.profile(f));
                case "schedules" -> checked.schedule(BackupScheduleRecords.schedule(f));
                case "occurrences" -> checked.occurrence(BackupScheduleRecords.occurrence(f));
                case "warnings" -> checked.warning(BackupScheduleRecords.warning(f));
                case "rollovers" -> checked.rollover(new BudgetRollover(id(f, "id"), id(f, "user"), id(f, "category"),
                        month("from", text(f, "from")), flag(f, "on"), Overspending.parse(text(f, "overspending"))));
                default -> checked.rate(new ExchangeRate(id(f, "id"), LocalDate.parse(text(f, "date")),
                        Money.currency(text(f, "currency")), new BigDecimal(text(f, "perEuro"))));
            }
        } catch (ValidationException e) {
            throw new FintermException(where(path, section, f) + "." + e.getMessage());
        } catch (RuntimeException e) {
            // a constraint the store refused, or a value no parser accepts (a date such as 2024-02-30)
            throw new FintermException(where(path, section, f) + ": " + Text.clean(String.valueOf(e.getMessage())));
        }
    }

    /** The path of a record, and for a transaction or an import its id, which is what a person can look for. */
    private static String where(String path, String section, Map<String, Object> f) {
        String what = switch (section) {
            case "transactions" -> "transaction";
            case "imports" -> "import";
            case "rules" -> "rule";
            case "profiles" -> "profile";
            case "schedules" -> "schedule";
            case "occurrences" -> "occurrence";
            case "warnings" -> "warning";
            case "rollovers" -> "rollover";
            default -> null;
        };
        return what != null && f.get("id") instanceof String id ? path + " (" + what + " " + Text.clean(id) + ")" : path;
    }

    /** The checks that can only be made once every record has been read. */
    void finish() {
        checked.finish();
    }

    private void user(Map<String, Object> f) {
        User u = new User(id(f, "id"), text(f, "username"), Role.parse(text(f, "role")),
                optional(f, "passwordHash", "-"), Instant.parse(text(f, "createdAt")), instant(f, "lastLoginAt"),
                Integer.parseInt(optional(f, "failedLogins", "0")), instant(f, "lockedUntil"),
                Money.currency(text(f, "baseCurrency")), legacy == null ? id(f, "defaultAccount") : 0);
        if (legacy == null) {
            checked.user(u);
            return;
        }
        LegacyAccounts.Placed main = legacy.place(u.id(), u.baseCurrency(), u.baseCurrency(),
                LocalDate.ofInstant(u.createdAt(), ZoneOffset.UTC));
        legacyUsers.put(u.id(), u);
        checked.user(u.withDefaultAccount(main.accountId()));
        checked.account(main.created());
    }

    private void transaction(Map<String, Object> f) {
        long user = id(f, "user");
        LocalDate date = LocalDate.parse(text(f, "date"));
        TxKind kind = kind(text(f, "type"));
        Currency currency = Money.currency(text(f, "currency"));
        Money amount = money(f, "amount", currency);
        long account = version == 1 ? legacyAccount(user, currency, date) : id(f, "account");
        List<SplitLine> lines = lines(f, currency);
        long category = (kind.isTransfer() && !f.containsKey("category")) || !lines.isEmpty() && !f.containsKey("category")
                ? 0 : id(f, "category");
        long transfer = kind.isTransfer() ? id(f, "transfer") : 0;
        String status = optional(f, "status", null);
        checked.transaction(new Transaction(id(f, "id"), user, account, date, kind, category, amount,
                optional(f, "description", ""), transfer, optional(f, "payee", ""), tags(f),
                status == null ? TxStatus.UNCLEARED : TxStatus.parse(status), lines,
                version < 4 ? Origin.NONE : origin(f)));
    }

    /** Version 4: where an imported transaction came from; none when the record has no origin. */
    private static Origin origin(Map<String, Object> f) {
        Object v = f.get("origin");
        if (v == null) {
            return Origin.NONE;
        }
        if (!(v instanceof Map<?, ?> raw)) {
            throw new ValidationException("origin", "is not a record of import, fingerprint, bankId and otherDate");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> o = (Map<String, Object>) raw;
        try {
            long importId = o.get("import") == null ? 0 : id(o, "import");
            if (importId == 0 && o.get("fingerprint") != null) {
                throw new ValidationException("fingerprint", "is there without the import it was taken at");
            }
            String otherDate = optional(o, "otherDate", null);
            return new Origin(importId, optional(o, "bankId", ""), otherDate == null ? null : date("otherDate", otherDate),
                    importId == 0 ? 0 : id(o, "fingerprint"));
        } catch (ValidationException e) {
            throw new ValidationException("origin." + e.field(), e.reason());
        }
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + Text.clean(text) + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** A month in the years a transaction may have, as {@code yyyy-MM}. */
    static YearMonth month(String field, String text) {
        YearMonth m;
        try {
            m = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + Text.clean(text) + "' is not a month (yyyy-MM)");
        }
        YearMonth first = YearMonth.from(Transaction.FIRST_DATE);
        YearMonth last = YearMonth.from(Transaction.LAST_DATE);
        if (m.isBefore(first) || m.isAfter(last)) {
            throw new ValidationException(field, Text.clean(text) + " is outside " + first + ".." + last);
        }
        return m;
    }

    /** A transaction's tags: a list of words, each checked as a person's tag is. */
    static List<String> tags(Map<String, Object> f) {
        List<String> tags = new ArrayList<>();
        for (Object item : list(f, "tags")) {
            if (!(item instanceof String tag)) {
                throw new ValidationException("tags", "holds something that is not a word");
            }
            tags.add(tag);
        }
        return TagText.all(tags);
    }

    /** A split's lines, each a record of category, amount (in the transaction's currency) and memo. */
    static List<SplitLine> lines(Map<String, Object> f, Currency currency) {
        List<SplitLine> lines = new ArrayList<>();
        for (Object item : list(f, "lines")) {
            String field = "lines[" + lines.size() + "]";
            if (!(item instanceof Map<?, ?> raw)) {
                throw new ValidationException(field, "is not a record of category, amount and memo");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> line = (Map<String, Object>) raw;
            try {
                lines.add(new SplitLine(id(line, "category"), money(line, "amount", currency), optional(line, "memo", "")));
            } catch (ValidationException e) {
                throw new ValidationException(field + "." + e.field(), e.reason());
            }
        }
        return lines;
    }

    /** A list of ids, empty when it is missing. */
    private static List<Long> ids(Map<String, Object> f, String key) {
        List<Long> ids = new ArrayList<>();
        for (Object item : list(f, key)) {
            try {
                ids.add(Long.parseLong(String.valueOf(item)));
            } catch (NumberFormatException e) {
                throw new ValidationException(key, "'" + Text.clean(String.valueOf(item)) + "' is not a whole number");
            }
        }
        return ids;
    }

    /** A list field, empty when it is missing or null. */
    static List<?> list(Map<String, Object> f, String key) {
        Object v = f.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            throw new ValidationException(key, "is not a list");
        }
        return items;
    }

    /** Version 1: the account the rule gives the user's money in {@code currency}, handed on when it is new. */
    private long legacyAccount(long userId, Currency currency, LocalDate date) {
        User u = legacyUsers.get(userId);
        if (u == null) {
            throw new ValidationException("user", "names user " + userId + ", who is not in the backup");
        }
        LegacyAccounts.Placed placed = legacy.place(userId, currency, u.baseCurrency(), date);
        if (placed.created() != null) {
            checked.account(placed.created());
        }
        return placed.accountId();
    }

    /** Every kind by its label: a backup holds transfer legs, which no person types. */
    static TxKind kind(String label) {
        for (TxKind k : TxKind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new ValidationException("type", "'" + Text.clean(label) + "' is not one of income, expense, transfer out, transfer in");
    }

    static String text(Map<String, Object> f, String key) {
        String v = optional(f, key, null);
        if (v == null) {
            throw new ValidationException(key, "is missing");
        }
        return v;
    }

    /** A text field, or {@code otherwise} when it is missing or null; a list where a text belongs is refused. */
    static String optional(Map<String, Object> f, String key, String otherwise) {
        Object v = f.get(key);
        if (v == null) {
            return otherwise;
        }
        if (!(v instanceof String s)) {
            throw new ValidationException(key, v instanceof Map ? "is a record, not a value" : "is a list, not a value");
        }
        return s;
    }

    static long id(Map<String, Object> f, String key) {
        try {
            return Long.parseLong(text(f, key));
        } catch (NumberFormatException e) {
            throw new ValidationException(key, "'" + Text.clean(text(f, key)) + "' is not a whole number");
        }
    }

    static boolean flag(Map<String, Object> f, String key) {
        String v = text(f, key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new ValidationException(key, "'" + Text.clean(v) + "' is not true or false");
        }
        return v.equals("true");
    }

    private static Instant instant(Map<String, Object> f, String key) {
        String v = optional(f, key, null);
        return v == null ? null : Instant.parse(v);
    }

    static Money money(Map<String, Object> f, String key, Currency currency) {
        try {
            return Money.parse(text(f, key), currency);
        } catch (ValidationException e) {
            throw key.equals("amount") ? e : new ValidationException(key, e.reason());
        }
    }
}
