package io.finterm.service;

import io.finterm.domain.Transaction;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.util.function.Consumer;

/** Every transaction of one user, oldest first, a page at a time: an export's memory does not grow with the books. */
final class OwnTransactions {
    private static final int PAGE = 4096;

    private OwnTransactions() {
    }

    static void forEach(ReadTx rd, long userId, Consumer<Transaction> each) {
        KeyRange mine = KeyRange.prefix(userId);
        Paging paging = Paging.first(PAGE);
        while (true) {
            var page = rd.scan(Schema.TX_BY_DATE, mine, paging);
            page.rows().forEach(each);
            if (!page.hasMore()) {
                return;
            }
            paging = paging.after(page.lastKey());
        }
    }
}
