package io.finterm.store;

import io.finterm.domain.Account;
import io.finterm.domain.LegacyAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Format 2 → 3: accounts arrive, by the rule of {@link LegacyAccounts} (which a backup of version 1
 * follows too), with each user's base currency as it is at the end of the journal: {@code Main} in
 * it as their default, {@code Main (USD)} and so on for the rest. Reports read exactly as before.
 *
 * <p>It reads format-2 rows with its own copy of their layout: a format-3 row is a format-2 row
 * with fields appended (a user's default account; a transaction's account and transfer leg), so
 * the old bytes are kept and the new fields are written after them. One instance serves one run:
 * it first surveys the whole journal for each user's final base currency, then migrates.
 */
final class AccountsMigration implements Migrations.Step {
    private final Map<Long, Currency> finalBase = new HashMap<>();
    private long lastAccountId;
    private final LegacyAccounts accounts = new LegacyAccounts(() -> ++lastAccountId);

    @Override
    public int from() {
        return 2;
    }

    @Override
    public void survey(Commit commit) {
        for (Commit.RowChange c : commit.changes()) {
            if (c.table() == Schema.USERS && !c.isDelete()) {
                finalBase.put(c.id(), OldUser.read(c.bytes()).base());
            }
        }
    }

    @Override
    public Commit migrate(Commit commit) {
        List<Commit.RowChange> changes = new ArrayList<>(commit.changes().size() + 2);
        List<Commit.RowChange> newAccounts = new ArrayList<>();
        for (Commit.RowChange c : commit.changes()) {
            if (c.table() == Schema.USERS) {
                changes.addAll(user(c, newAccounts));
            } else if (c.table() == Schema.TRANSACTIONS && !c.isDelete()) {
                changes.add(transaction(c, newAccounts));
            } else {
                changes.add(new Commit.RowChange(c.table(), c.id(), c.bytes(), null));
            }
        }
        if (newAccounts.isEmpty()) {
            return new Commit(commit.seq(), changes, commit.sequences(), commit.part());
        }
        // New accounts go first, as a new user's would: a replay never sees a row before what it names.
        List<Commit.RowChange> all = new ArrayList<>(newAccounts);
        all.addAll(changes);
        Map<Table<?>, Long> sequences = new LinkedHashMap<>(commit.sequences());
        sequences.put(Schema.ACCOUNTS, lastAccountId + 1);
        return new Commit(commit.seq(), all, sequences, commit.part());
    }

    private List<Commit.RowChange> user(Commit.RowChange c, List<Commit.RowChange> newAccounts) {
        if (c.isDelete()) {
            List<Commit.RowChange> out = new ArrayList<>();
            accounts.forget(c.id()).forEach(id -> out.add(new Commit.RowChange(Schema.ACCOUNTS, id, null, null)));
            out.add(new Commit.RowChange(c.table(), c.id(), null, null));
            return out;
        }
        OldUser old = OldUser.read(c.bytes());
        Currency base = finalBase.getOrDefault(c.id(), old.base());
        long main = account(c.id(), base, base, old.created(), newAccounts);
        RowWriter w = new RowWriter();
        w.raw(c.bytes());
        w.varLong(main);
        return List.of(new Commit.RowChange(c.table(), c.id(), w.toByteArray(), null));
    }

    private Commit.RowChange transaction(Commit.RowChange c, List<Commit.RowChange> newAccounts) {
        RowReader in = new RowReader(c.bytes());
        long user = in.varLong();
        LocalDate date = LocalDate.ofEpochDay(in.zigZag());
        in.u8(); // kind
        in.varLong(); // category
        in.varLong(); // amount
        Currency currency = Codecs.currency(in);
        Currency base = finalBase.getOrDefault(user, currency);
        long account = account(user, currency, base, date, newAccounts);
        RowWriter w = new RowWriter();
        w.raw(c.bytes());
        w.varLong(account).varLong(0);
        return new Commit.RowChange(c.table(), c.id(), w.toByteArray(), null);
    }

    /** The user's account for {@code currency} by the rule of {@link LegacyAccounts}; a new one goes into {@code newAccounts}. */
    private long account(long user, Currency currency, Currency base, LocalDate opened, List<Commit.RowChange> newAccounts) {
        LegacyAccounts.Placed placed = accounts.place(user, currency, base, opened);
        if (placed.created() != null) {
            Account a = placed.created();
            newAccounts.add(new Commit.RowChange(Schema.ACCOUNTS, a.id(), Codecs.ACCOUNT.encode(a), a));
        }
        return placed.accountId();
    }

    /** The fields of a format-2 user row that this step needs. */
    private record OldUser(Currency base, LocalDate created) {
        static OldUser read(byte[] bytes) {
            RowReader in = new RowReader(bytes);
            in.string(); // username
            in.u8(); // role
            in.string(); // password hash
            LocalDate created = Instant.ofEpochMilli(in.zigZag()).atOffset(ZoneOffset.UTC).toLocalDate();
            Codecs.optionalInstant(in); // last login
            in.varLong(); // failed logins
            Codecs.optionalInstant(in); // locked until
            Currency base = Codecs.currency(in);
            in.expectEnd();
            return new OldUser(base, created);
        }
    }
}
