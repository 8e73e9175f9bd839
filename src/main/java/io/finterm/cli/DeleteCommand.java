package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxStatus;
import io.finterm.service.Listed;
import io.finterm.service.ReconciledChange;
import io.finterm.service.TransactionService;
import io.finterm.service.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code finterm delete ID}: says what it would delete, and deletes it with {@code --yes}; a reconciled one (or a
 * transfer with a reconciled leg) is, without {@code --yes}, asked about on a terminal ({@link ReconciledConfirm}).
 */
@Command(name = "delete", description = "Delete one of your transactions; needs --yes (a reconciled one is asked about on a terminal).")
final class DeleteCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Parameters(paramLabel = "ID", description = "The transaction's id, as `list` shows it.")
    long id;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--yes", description = "Confirm the deletion, of a reconciled transaction too.")
    boolean yes;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        Session s = cli.login(as);
        Listed row = cli.backend().services().transactions().get(s, id);
        String what = describe(row);
        TransactionService transactions = cli.backend().services().transactions();
        // Without --yes a reconciled one goes on to the question (on a terminal), which confirms the deletion too.
        if (!yes && !reconciled(transactions, s, row.transaction())) {
            throw new FintermException("this would delete transaction " + what + (row.transaction().isTransfer()
                    ? " and the transfer's other leg, transaction " + row.transaction().transferId() : "") + "; add --yes to do it");
        }
        try {
            transactions.delete(s, id);
        } catch (ReconciledChange refused) {
            ReconciledConfirm.require(cli, yes, refused, id, "delete");
            transactions.deleteReconciled(s, id);
        }
        cli.err.println("deleted transaction " + what + (row.transaction().isTransfer()
                ? " and the transfer's other leg, transaction " + row.transaction().transferId() : ""));
        return 0;
    }

    /** Whether {@code t}, or the other leg of its transfer, is reconciled. */
    private static boolean reconciled(TransactionService transactions, Session s, Transaction t) {
        return t.status() == TxStatus.RECONCILED
                || t.isTransfer() && transactions.get(s, t.transferId()).transaction().status() == TxStatus.RECONCILED;
    }

    /** {@code 42 (2024-03-05 expense Groceries 12.50 EUR market)}; a transfer's leg has no category. */
    static String describe(Listed row) {
        Transaction t = row.transaction();
        return t.id() + " (" + t.date() + " " + t.kind().label() + (t.isTransfer() ? "" : " " + row.category()) + " " + t.amount()
                + (t.description().isEmpty() ? "" : " " + t.description()) + ")";
    }
}
