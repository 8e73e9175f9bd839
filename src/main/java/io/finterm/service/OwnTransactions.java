package io.finterm.service;

import io.finterm.domain.Transaction;
import io.finterm.store.ReadTx;
import java.util.function.Consumer;

/** Every transaction of one user, oldest first, a page at a time: an export's memory does not grow with the books. */
final class OwnTransactions {
    private OwnTransactions() {
    }

    static void forEach(ReadTx rd, long userId, Consumer<Transaction> each) {
        FilterRows.scan(rd, userId, Filter.ALL, Transaction.FIRST_DATE, Transaction.LAST_DATE, each);
    }
}
