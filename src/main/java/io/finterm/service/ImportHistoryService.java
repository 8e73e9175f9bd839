package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Plural;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A person's imports: the list of them, and taking one back whole. Each person sees and takes back only their own. */
public final class ImportHistoryService {
    /** How many changed rows a refusal names; the rest are counted. */
    static final int NAMED_ROWS = 10;

    private final Store store;
    private final Sessions sessions;
    private final Clock clock;
    private final Steps steps;

    public ImportHistoryService(Store store, AccountService accounts, Clock clock) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.clock = clock;
        this.steps = new Steps(clock);
    }

    /** One import as the list shows it: the account by its name now. */
    public record Listed(long id, Instant at, String file, String account, long rows, long duplicates, Instant undoneAt) {
    }

    /** What taking an import back did: the rows removed, and the changed rows kept. */
    public record Undone(long id, long removed, List<Long> kept) {
    }

    /** The acting user's imports, newest first. */
    public List<Listed> list(Session session) {
        User user = sessions.active(session);
        return store.read(rd -> {
            Map<Long, String> accounts = AccountLookup.all(rd, user.id()).stream().collect(Collectors.toMap(Account::id, Account::name));
            List<Listed> out = new ArrayList<>();
            for (ImportBatch b : rd.scan(Schema.IMPORTS_BY_USER, KeyRange.prefix(user.id()), Paging.all()).rows()) {
                out.add(new Listed(b.id(), b.at(), b.file(), accounts.getOrDefault(b.accountId(), "(deleted account)"), b.rows(),
                        b.duplicates(), b.undoneAt()));
            }
            out.sort(Comparator.comparing(Listed::id).reversed());
            return out;
        });
    }

    /**
     * Takes import {@code id} back whole: every row it brought in that is still there goes, in one
     * commit. A row changed since (edited, recategorized, cleared or reconciled) is the person's work:
     * the import is refused and names them, unless {@code keepEdited}, which takes back the rest and
     * keeps those.
     */
    public Undone undo(Session session, long id, boolean keepEdited) {
        User user = sessions.active(session);
        return store.write(tx -> {
            ImportBatch batch = owned(tx, user, id);
            if (batch.undone()) {
                throw new FintermException("import " + id + " was taken back already, at "
                        + ImportBatch.shown(batch.undoneAt()));
            }
            refuseWhenLaterImportsRelyOn(tx, user, id);
            steps.record(tx, user, "take-back of import " + id);
            List<Transaction> rows = tx.scan(Schema.TX_BY_IMPORT, KeyRange.prefix(user.id(), id), Paging.all()).rows();
            List<Transaction> changed = rows.stream().filter(t -> t.fingerprint() != t.origin().fingerprint()).toList();
            if (!changed.isEmpty() && !keepEdited) {
                throw new FintermException("import " + id + ": " + Plural.of(changed.size(), "row") + " changed since it was imported: "
                        + named(changed) + "; nothing was taken back. Add --keep-edited to take back the other "
                        + Plural.of(rows.size() - changed.size(), "row") + " and keep these");
            }
            long removed = 0;
            // the occurrences this import's rows stood for are due again; a person without schedules has none to look up
            boolean linked = !tx.scan(Schema.SCHEDULES_BY_NAME, KeyRange.prefix(user.id()), Paging.first(1)).rows().isEmpty();
            for (Transaction t : rows) {
                if (t.fingerprint() == t.origin().fingerprint()) {
                    tx.delete(Schema.TRANSACTIONS, t.id());
                    removed++;
                    if (linked) {
                        unlink(tx, user.id(), t.id());
                    }
                }
            }
            tx.update(Schema.IMPORTS, batch.undoneAt(clock.instant()));
            return new Undone(id, removed, changed.stream().map(Transaction::id).toList());
        });
    }

    /** Removes the LINKED occurrences that transaction {@code id} stood for (the import made them). */
    private static void unlink(WriteTx tx, long userId, long id) {
        for (Occurrence o : tx.scan(Schema.OCCURRENCES_BY_TRANSACTION, KeyRange.prefix(userId, id), Paging.all()).rows()) {
            if (o.state() == OccurrenceState.LINKED) {
                tx.delete(Schema.OCCURRENCES, o.id());
            }
        }
    }

    /**
     * A later import that skipped rows as already booked by import {@code id} holds those rows only
     * through it: taking {@code id} back alone would lose them without a word.
     */
    private static void refuseWhenLaterImportsRelyOn(ReadTx rd, User user, long id) {
        List<ImportBatch> relying = rd.scan(Schema.IMPORTS_BY_USER, KeyRange.prefix(user.id()), Paging.all()).rows().stream()
                .filter(b -> !b.undone() && b.matched().contains(id)).toList();
        if (!relying.isEmpty()) {
            String names = String.join(", ", relying.stream().map(b -> "import " + b.id() + " (" + b.file() + ")").toList());
            throw new FintermException("import " + id + " has rows that " + names + " skipped as already booked, so taking it back"
                    + " alone would lose them; take back " + (relying.size() == 1 ? "that one" : "those") + " first (finterm import undo "
                    + relying.get(relying.size() - 1).id() + "), then this one, and import the newer file again");
        }
    }

    private static String named(List<Transaction> changed) {
        StringBuilder sb = new StringBuilder();
        for (Transaction t : changed.subList(0, Math.min(NAMED_ROWS, changed.size()))) {
            sb.append(sb.length() == 0 ? "" : ", ").append("transaction ").append(t.id()).append(" (").append(t.date()).append(' ')
                    .append(t.payeeOrDescription()).append(')');
        }
        if (changed.size() > NAMED_ROWS) {
            sb.append(" and ").append(changed.size() - NAMED_ROWS).append(" more");
        }
        return sb.toString();
    }

    /** Import {@code id}, which must be the user's; another person's is answered exactly as a missing one. */
    private static ImportBatch owned(ReadTx rd, User user, long id) {
        return rd.get(Schema.IMPORTS, id).filter(b -> b.userId() == user.id())
                .orElseThrow(() -> new AccessDenied("there is no import " + id + " of yours (finterm import list shows them)"));
    }
}
