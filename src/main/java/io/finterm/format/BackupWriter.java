package io.finterm.format;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.Account;
import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Rule;
import io.finterm.domain.Schedule;
import io.finterm.domain.Origin;
import io.finterm.domain.SplitLine;
import io.finterm.domain.SshKey;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Writes a backup section by section, in the layout {@link Backup} describes; the caller keeps the sections in its order. */
public final class BackupWriter implements AutoCloseable {
    private final JsonWriter w;
    private final boolean withHashes;
    private boolean inArray;

    public BackupWriter(Writer out, Instant exportedAt, boolean full) {
        this.w = new JsonWriter(out);
        this.withHashes = full;
        io(() -> {
            w.beginObject();
            w.name("format").value(Backup.FORMAT);
            w.name("version").value(Backup.VERSION);
            w.name("exportedAt").value(exportedAt.toString());
            w.name("scope").value(full ? "full" : "user");
        });
    }

    public void section(String name) {
        io(() -> {
            if (inArray) {
                w.endArray();
            }
            w.name(name).beginArray();
            inArray = true;
        });
    }

    public void user(User u) {
        io(() -> {
            w.beginObject();
            w.name("id").value(u.id());
            w.name("username").value(u.username());
            w.name("role").value(u.role().name().toLowerCase(Locale.ROOT));
            if (withHashes) {
                w.name("passwordHash").value(u.passwordHash());
                w.name("failedLogins").value(u.failedLogins());
                w.name("lockedUntil").value(u.lockedUntil() == null ? null : u.lockedUntil().toString());
            }
            w.name("createdAt").value(u.createdAt().toString());
            w.name("lastLoginAt").value(u.lastLoginAt() == null ? null : u.lastLoginAt().toString());
            w.name("baseCurrency").value(u.baseCurrency().getCurrencyCode());
            w.name("defaultAccount").value(u.defaultAccountId());
            w.endObject();
        });
    }

    public void account(Account a) {
        io(() -> {
            w.beginObject();
            w.name("id").value(a.id());
            w.name("user").value(a.userId());
            w.name("name").value(a.name());
            w.name("type").value(a.type().word());
            w.name("currency").value(a.currency().getCurrencyCode());
            w.name("opening").value(a.opening().toDecimalString());
            w.name("openingDate").value(a.openingDate().toString());
            w.name("inNetWorth").value(a.inNetWorth());
            w.name("closed").value(a.closed());
            w.endObject();
        });
    }

    public void category(Category c) {
        io(() -> {
            w.beginObject();
            w.name("id").value(c.id());
            w.name("user").value(c.userId());
            w.name("type").value(c.kind().label());
            w.name("name").value(c.name());
            w.endObject();
        });
    }

    public void importBatch(ImportBatch b) {
        io(() -> {
            w.beginObject();
            w.name("id").value(b.id());
            w.name("user").value(b.userId());
            w.name("at").value(b.at().toString());
            w.name("file").value(b.file());
            w.name("account").value(b.accountId());
            w.name("rows").value(b.rows());
            w.name("duplicates").value(b.duplicates());
            w.name("undoneAt").value(b.undone() ? b.undoneAt().toString() : null);
            if (!b.matched().isEmpty()) {
                w.name("matched").beginArray();
                for (long m : b.matched()) {
                    w.value(m);
                }
                w.endArray();
            }
            w.endObject();
        });
    }

    public void transaction(Transaction t) {
        io(() -> {
            w.beginObject();
            w.name("id").value(t.id());
            w.name("user").value(t.userId());
            w.name("account").value(t.accountId());
            w.name("date").value(t.date().toString());
            w.name("type").value(t.kind().label());
            if (t.isTransfer()) {
                w.name("transfer").value(t.transferId());
            } else if (!t.isSplit()) {
                w.name("category").value(t.categoryId());
            }
            w.name("amount").value(t.amount().toDecimalString());
            w.name("currency").value(t.amount().currency().getCurrencyCode());
            w.name("description").value(t.description());
            w.name("payee").value(t.payee());
            w.name("status").value(t.status().word());
            w.name("tags").beginArray();
            for (String tag : t.tags()) {
                w.value(tag);
            }
            w.endArray();
            if (t.isSplit()) {
                lines(t.lines());
            }
            origin(t.origin());
            w.endObject();
        });
    }

    /** A split's lines (a transaction's or a schedule's), in its currency. */
    private void lines(List<SplitLine> lines) throws IOException {
        w.name("lines").beginArray();
        for (SplitLine line : lines) {
            w.beginObject();
            w.name("category").value(line.categoryId());
            w.name("amount").value(line.amount().toDecimalString());
            w.name("memo").value(line.memo());
            w.endObject();
        }
        w.endArray();
    }

    /** Only what an origin has: a row entered by hand is written as version 3 wrote it. */
    private void origin(Origin o) throws IOException {
        if (o.isNone()) {
            return;
        }
        w.name("origin").beginObject();
        if (o.importId() != 0) {
            w.name("import").value(o.importId());
            // a string: a 64-bit value that JSON readers holding numbers as doubles would round
            w.name("fingerprint").value(Long.toString(o.fingerprint()));
        }
        if (!o.bankId().isEmpty()) {
            w.name("bankId").value(o.bankId());
        }
        if (o.otherDate() != null) {
            w.name("otherDate").value(o.otherDate().toString());
        }
        w.endObject();
    }

    public void budget(Budget b) {
        io(() -> {
            w.beginObject();
            w.name("id").value(b.id());
            w.name("user").value(b.userId());
            w.name("category").value(b.categoryId());
            w.name("month").value(b.month().toString());
            w.name("amount").value(b.amount().toDecimalString());
            w.name("currency").value(b.amount().currency().getCurrencyCode());
            w.endObject();
        });
    }

    public void rate(ExchangeRate r) {
        io(() -> {
            w.beginObject();
            w.name("id").value(r.id());
            w.name("date").value(r.date().toString());
            w.name("currency").value(r.currency().getCurrencyCode());
            w.name("perEuro").value(r.perEuro().toPlainString());
            w.endObject();
        });
    }

    public void key(SshKey k) {
        io(() -> {
            w.beginObject();
            w.name("id").value(k.id());
            w.name("user").value(k.userId());
            w.name("key").value(k.type() + " " + k.key() + (k.comment().isEmpty() ? "" : " " + k.comment()));
            w.endObject();
        });
    }

    public void rule(Rule r) {
        io(() -> {
            w.beginObject();
            w.name("id").value(r.id());
            w.name("user").value(r.userId());
            w.name("position").value(r.position());
            w.name("field").value(r.field().label());
            w.name("match").value(r.match().label());
            w.name("pattern").value(r.pattern());
            w.name("min").value(plain(r.min()));
            w.name("max").value(plain(r.max()));
            w.name("account").value(r.accountId());
            w.name("category").value(r.categoryId());
            w.name("tags").beginArray();
            for (String tag : r.tags()) {
                w.value(tag);
            }
            w.endArray();
            w.name("setPayee").value(r.setPayee());
            w.name("setDescription").value(r.setDescription());
            w.endObject();
        });
    }

    /** An exact decimal as a string (a JSON number may be read as a double), or null. */
    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    public void profile(ImportProfile p) {
        io(() -> {
            w.beginObject();
            w.name("id").value(p.id());
            w.name("user").value(p.userId());
            w.name("name").value(p.name());
            w.name("format").value(p.format());
            w.name("delimiter").value(p.delimiter() == null ? null : p.delimiter().toString());
            w.name("encoding").value(p.encoding());
            w.name("skip").value(p.skip());
            w.name("dateFormat").value(p.dateFormat());
            w.name("decimal").value(p.decimal() == null ? null : p.decimal().toString());
            w.name("columns").beginArray();
            for (var role : p.columns().entrySet()) {
                if (role.getValue().isEmpty()) {
                    w.beginObject().name("role").value(role.getKey()).endObject();
                }
                for (String column : role.getValue()) {
                    w.beginObject().name("role").value(role.getKey()).name("column").value(column).endObject();
                }
            }
            w.endArray();
            w.name("negate").value(p.negate());
            w.name("header").beginArray();
            for (String name : p.header()) {
                w.value(name);
            }
            w.endArray();
            w.name("account").value(p.accountId());
            w.endObject();
        });
    }

    public void schedule(Schedule s) {
        io(() -> {
            w.beginObject();
            w.name("id").value(s.id());
            w.name("user").value(s.userId());
            w.name("name").value(s.name());
            w.name("account").value(s.accountId());
            w.name("type").value(s.kind().label());
            w.name("to").value(s.toAccountId());
            w.name("category").value(s.categoryId());
            w.name("amount").value(s.amount().toDecimalString());
            w.name("currency").value(s.amount().currency().getCurrencyCode());
            w.name("approximate").value(s.approximate());
            w.name("description").value(s.description());
            w.name("payee").value(s.payee());
            w.name("tags").beginArray();
            for (String tag : s.tags()) {
                w.value(tag);
            }
            w.endArray();
            lines(s.lines());
            Recurrence r = s.rule();
            w.name("every").value(r.every().word());
            w.name("interval").value(r.interval());
            w.name("day").value(r.day());
            w.name("nth").value(r.nth());
            w.name("weekday").value(r.weekday() == null ? null : r.weekday().name().toLowerCase(Locale.ROOT));
            w.name("start").value(r.start().toString());
            w.name("end").value(r.end() == null ? null : r.end().toString());
            w.name("count").value(r.count());
            w.name("weekend").value(s.weekend().word());
            w.name("auto").value(s.auto());
            w.name("pausedOn").value(s.pausedOn() == null ? null : s.pausedOn().toString());
            w.name("dueFrom").value(s.dueFrom().toString());
            w.endObject();
        });
    }

    public void occurrence(Occurrence o) {
        io(() -> {
            w.beginObject();
            w.name("id").value(o.id());
            w.name("user").value(o.userId());
            w.name("schedule").value(o.scheduleId());
            w.name("date").value(o.date().toString());
            w.name("state").value(BackupScheduleRecords.word(o.state()));
            w.name("transaction").value(o.transactionId());
            if (o.amount() != null) {
                w.name("amount").value(o.amount().toDecimalString());
                w.name("currency").value(o.amount().currency().getCurrencyCode());
            }
            if (o.moveTo() != null) {
                w.name("moveTo").value(o.moveTo().toString());
            }
            w.endObject();
        });
    }

    public void warning(BalanceWarning b) {
        io(() -> {
            w.beginObject();
            w.name("id").value(b.id());
            w.name("user").value(b.userId());
            w.name("account").value(b.accountId());
            w.name("below").value(b.below().toDecimalString());
            w.name("currency").value(b.below().currency().getCurrencyCode());
            w.endObject();
        });
    }

    public void rollover(BudgetRollover r) {
        io(() -> {
            w.beginObject();
            w.name("id").value(r.id());
            w.name("user").value(r.userId());
            w.name("category").value(r.categoryId());
            w.name("from").value(r.from().toString());
            w.name("on").value(r.on());
            w.name("overspending").value(r.overspending().word());
            w.endObject();
        });
    }

    @Override
    public void close() {
        io(() -> {
            if (inArray) {
                w.endArray();
            }
            w.endObject();
            w.flush();
        });
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
