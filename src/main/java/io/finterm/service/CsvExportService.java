package io.finterm.service;

import io.finterm.domain.User;
import io.finterm.format.CsvTransactionsOut;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's transactions as CSV ({@link CsvTransactionsOut}), every one of them, oldest first, in
 * one consistent read. Always one's own, an administrator's too: everyone's books move with a full
 * JSON backup, not with a spreadsheet.
 */
public final class CsvExportService {
    private static final Logger log = LoggerFactory.getLogger(CsvExportService.class);

    private final Store store;
    private final Sessions sessions;

    public CsvExportService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
    }

    /** Writes the acting user's transactions to {@code out}; returns how many (a split counts once). */
    public long export(Session session, Writer out) {
        User user = sessions.active(session);
        long count = store.read(rd -> {
            Map<Long, String> accounts = new HashMap<>();
            AccountLookup.all(rd, user.id()).forEach(a -> accounts.put(a.id(), a.name()));
            Map<Long, String> categories = new HashMap<>();
            rd.scan(Schema.CATEGORIES_BY_NAME, KeyRange.prefix(user.id()), Paging.all()).rows()
                    .forEach(c -> categories.put(c.id(), c.name()));
            long[] n = {0};
            try (CsvTransactionsOut csv = new CsvTransactionsOut(out)) {
                OwnTransactions.forEach(rd, user.id(), t -> {
                    csv.transaction(t, accounts::get, categories::get);
                    n[0]++;
                });
            }
            return n[0];
        });
        log.info("csv export: {} exported {} transactions", user.username(), count);
        return count;
    }
}
