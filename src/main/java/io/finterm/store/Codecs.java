package io.finterm.store;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.Money;
import io.finterm.domain.Origin;
import io.finterm.domain.SplitLine;
import io.finterm.domain.SshKey;
import io.finterm.domain.Tags;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.User;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The binary row formats of the current store format; enums are written as their {@link StoredCodes}.
 * Field order is the format: append, never reorder. Format 3 appended the default account to a user
 * and the account and transfer leg to a transaction ({@link AccountsMigration} reads the older rows);
 * format 4 appended a transaction's payee, tags, status and split lines ({@link DetailsMigration}).
 */
final class Codecs {
    private Codecs() {
    }

    static final RowCodec<User> USER = new RowCodec<>() {
        @Override
        public void write(User u, RowWriter out) {
            out.string(u.username()).u8(StoredCodes.role(u.role())).string(u.passwordHash())
                    .zigZag(u.createdAt().toEpochMilli());
            optionalInstant(out, u.lastLoginAt());
            out.varLong(u.failedLogins());
            optionalInstant(out, u.lockedUntil());
            currency(out, u.baseCurrency());
            out.varLong(u.defaultAccountId());
        }

        @Override
        public User read(long id, RowReader in) {
            return new User(id, in.string(), StoredCodes.role(in.u8()), in.string(),
                    Instant.ofEpochMilli(in.zigZag()), optionalInstant(in), in.varInt(),
                    optionalInstant(in), currency(in), in.varLong());
        }
    };

    static final RowCodec<Category> CATEGORY = new RowCodec<>() {
        @Override
        public void write(Category c, RowWriter out) {
            out.varLong(c.userId()).u8((int) StoredCodes.kind(c.kind())).string(c.name());
        }

        @Override
        public Category read(long id, RowReader in) {
            return new Category(id, in.varLong(), StoredCodes.kind(in.u8()), in.string());
        }
    };

    /** The flags byte of a format-4 transaction's details: the status's code in the low bits, then what follows. */
    static final int STATUS = 3;
    static final int HAS_PAYEE = 4;
    static final int HAS_TAGS = 8;
    static final int HAS_LINES = 16;
    /** Format 5: where an imported transaction came from ({@link Origin}). */
    static final int HAS_ORIGIN = 32;

    static final RowCodec<Transaction> TRANSACTION = new RowCodec<>() {
        @Override
        public void write(Transaction t, RowWriter out) {
            out.varLong(t.userId()).zigZag(t.date().toEpochDay()).u8((int) StoredCodes.kind(t.kind()))
                    .varLong(t.categoryId()).varLong(t.amount().minor());
            currency(out, t.amount().currency());
            out.string(t.description());
            out.varLong(t.accountId()).varLong(t.transferId());
            // Format 4's details: one byte of flags (the status, and which of payee, tags and lines
            // follow), so that a row without them, nearly every row, grows by one byte.
            int flags = StoredCodes.status(t.status()) | (t.payee().isEmpty() ? 0 : HAS_PAYEE)
                    | (t.tags().isEmpty() ? 0 : HAS_TAGS) | (t.lines().isEmpty() ? 0 : HAS_LINES)
                    | (t.origin().isNone() ? 0 : HAS_ORIGIN);
            out.u8(flags);
            if (!t.payee().isEmpty()) {
                out.string(t.payee());
            }
            if (!t.tags().isEmpty()) {
                out.varLong(t.tags().size());
                for (String tag : t.tags()) {
                    out.string(tag);
                }
            }
            if (!t.lines().isEmpty()) {
                out.varLong(t.lines().size());
                for (SplitLine line : t.lines()) {
                    out.varLong(line.categoryId()).varLong(line.amount().minor()).string(line.memo());
                }
            }
            if (!t.origin().isNone()) {
                Origin o = t.origin();
                out.varLong(o.importId()).string(o.bankId()).int64(o.fingerprint());
                out.u8(o.otherDate() == null ? 0 : 1);
                if (o.otherDate() != null) {
                    out.zigZag(o.otherDate().toEpochDay());
                }
            }
        }

        @Override
        public Transaction read(long id, RowReader in) {
            long user = in.varLong();
            LocalDate date = LocalDate.ofEpochDay(in.zigZag());
            TxKind kind = StoredCodes.kind(in.u8());
            long category = in.varLong();
            long minor = in.varLong();
            Money amount = new Money(minor, currency(in));
            String description = in.string();
            long account = in.varLong();
            long transfer = in.varLong();
            int flags = in.u8();
            if ((flags & ~(STATUS | HAS_PAYEE | HAS_TAGS | HAS_LINES | HAS_ORIGIN)) != 0) {
                throw new StoreCorruptException("a transaction's details have unknown flags " + flags);
            }
            TxStatus status = StoredCodes.status(flags & STATUS);
            String payee = (flags & HAS_PAYEE) != 0 ? in.string() : "";
            List<String> tags = List.of();
            if ((flags & HAS_TAGS) != 0) {
                int tagCount = count(in, Tags.MAX_PER_TRANSACTION, "tags");
                tags = new ArrayList<>(tagCount);
                for (int i = 0; i < tagCount; i++) {
                    tags.add(in.string());
                }
            }
            List<SplitLine> lines = List.of();
            if ((flags & HAS_LINES) != 0) {
                int lineCount = count(in, Transaction.MAX_LINES, "split lines");
                lines = new ArrayList<>(lineCount);
                for (int i = 0; i < lineCount; i++) {
                    lines.add(new SplitLine(in.varLong(), new Money(in.varLong(), amount.currency()), in.string()));
                }
            }
            Origin origin = Origin.NONE;
            if ((flags & HAS_ORIGIN) != 0) {
                long importId = in.varLong();
                String bankId = in.string();
                long fingerprint = in.int64();
                LocalDate otherDate = in.u8() == 0 ? null : LocalDate.ofEpochDay(in.zigZag());
                origin = new Origin(importId, bankId, otherDate, fingerprint);
            }
            return new Transaction(id, user, account, date, kind, category, amount, description, transfer, payee, tags,
                    status, lines, origin);
        }
    };

    static final RowCodec<ImportBatch> IMPORT_BATCH = new RowCodec<>() {
        @Override
        public void write(ImportBatch b, RowWriter out) {
            out.varLong(b.userId()).zigZag(b.at().toEpochMilli()).string(b.file()).varLong(b.accountId())
                    .varLong(b.rows()).varLong(b.duplicates());
            optionalInstant(out, b.undoneAt());
            out.varLong(b.matched().size());
            b.matched().forEach(out::varLong);
        }

        @Override
        public ImportBatch read(long id, RowReader in) {
            long user = in.varLong();
            Instant at = Instant.ofEpochMilli(in.zigZag());
            String file = in.string();
            long account = in.varLong();
            long rows = in.varLong();
            long duplicates = in.varLong();
            Instant undone = optionalInstant(in);
            int n = count(in, 1_000_000, "matched imports");
            List<Long> matched = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                matched.add(in.varLong());
            }
            return new ImportBatch(id, user, at, file, account, rows, duplicates, undone, matched);
        }
    };

    static final RowCodec<Account> ACCOUNT = new RowCodec<>() {
        @Override
        public void write(Account a, RowWriter out) {
            out.varLong(a.userId()).string(a.name()).u8(StoredCodes.accountType(a.type()));
            currency(out, a.currency());
            out.zigZag(a.opening().minor()).zigZag(a.openingDate().toEpochDay())
                    .u8((a.inNetWorth() ? 1 : 0) | (a.closed() ? 2 : 0));
        }

        @Override
        public Account read(long id, RowReader in) {
            long user = in.varLong();
            String name = in.string();
            AccountType type = StoredCodes.accountType(in.u8());
            Currency currency = currency(in);
            Money opening = new Money(in.zigZag(), currency);
            LocalDate openingDate = LocalDate.ofEpochDay(in.zigZag());
            int flags = in.u8();
            return new Account(id, user, name, type, currency, opening, openingDate, (flags & 1) != 0, (flags & 2) != 0);
        }
    };

    static final RowCodec<Budget> BUDGET = new RowCodec<>() {
        @Override
        public void write(Budget b, RowWriter out) {
            out.varLong(b.userId()).varLong(b.categoryId()).zigZag(monthIndex(b.month()))
                    .varLong(b.amount().minor());
            currency(out, b.amount().currency());
        }

        @Override
        public Budget read(long id, RowReader in) {
            long user = in.varLong();
            long category = in.varLong();
            YearMonth month = month(in.zigZag());
            long minor = in.varLong();
            return new Budget(id, user, category, month, new Money(minor, currency(in)));
        }
    };

    /** Since store format 8: the user, the category, the month, then the setting's flag and overspending code. */
    static final RowCodec<BudgetRollover> ROLLOVER = new RowCodec<>() {
        @Override
        public void write(BudgetRollover r, RowWriter out) {
            out.varLong(r.userId()).varLong(r.categoryId()).zigZag(monthIndex(r.from()))
                    .u8(r.on() ? 1 : 0).u8(StoredCodes.overspending(r.overspending()));
        }

        @Override
        public BudgetRollover read(long id, RowReader in) {
            long user = in.varLong();
            long category = in.varLong();
            YearMonth from = month(in.zigZag());
            int on = in.u8();
            if (on > 1) {
                throw new StoreCorruptException("a budget rollover has an unknown flag " + on);
            }
            return new BudgetRollover(id, user, category, from, on == 1, StoredCodes.overspending(in.u8()));
        }
    };

    static final RowCodec<ExchangeRate> RATE = new RowCodec<>() {
        @Override
        public void write(ExchangeRate r, RowWriter out) {
            out.zigZag(r.date().toEpochDay());
            currency(out, r.currency());
            out.string(r.perEuro().toPlainString());
        }

        @Override
        public ExchangeRate read(long id, RowReader in) {
            LocalDate date = LocalDate.ofEpochDay(in.zigZag());
            Currency currency = currency(in);
            return new ExchangeRate(id, date, currency, new BigDecimal(in.string()));
        }
    };

    static final RowCodec<SshKey> SSH_KEY = new RowCodec<>() {
        @Override
        public void write(SshKey k, RowWriter out) {
            out.varLong(k.userId()).string(k.type()).string(k.key()).string(k.comment()).string(k.fingerprint());
        }

        @Override
        public SshKey read(long id, RowReader in) {
            return new SshKey(id, in.varLong(), in.string(), in.string(), in.string(), in.string());
        }
    };

    /** A stored count of at most {@code max}: a larger one is damage, not a reason to allocate. */
    static int count(RowReader in, int max, String what) {
        long n = in.varLong();
        if (n < 0 || n > max) {
            throw new StoreCorruptException("a row has " + n + " " + what + ", more than " + max);
        }
        return (int) n;
    }

    /** Months as a count since year 0, so that they sort and subtract as numbers. */
    static long monthIndex(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue() - 1;
    }

    static YearMonth month(long index) {
        return YearMonth.of((int) Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    static void currency(RowWriter out, Currency c) {
        out.string(c.getCurrencyCode());
    }

    static Currency currency(RowReader in) {
        String code = in.string();
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new StoreCorruptException("stored currency '" + code + "' is not an ISO 4217 code");
        }
    }

    static void optionalInstant(RowWriter out, Instant instant) {
        if (instant == null) {
            out.u8(0);
        } else {
            out.u8(1).zigZag(instant.toEpochMilli());
        }
    }

    static Instant optionalInstant(RowReader in) {
        return in.u8() == 0 ? null : Instant.ofEpochMilli(in.zigZag());
    }

}
