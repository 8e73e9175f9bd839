package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.domain.Transaction;
import io.finterm.report.Table;
import io.finterm.report.TableFormat;
import io.finterm.service.ReconcileService;
import io.finterm.service.ReconciledChange;
import io.finterm.service.Reconciliation;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code finterm reconcile ACCOUNT --balance B}: ticks off the transactions given as cleared, shows the
 * cleared balance against the statement's and what is still uncleared, and when the two balances
 * agree, marks every cleared transaction up to the statement's date reconciled.
 */
@Command(name = "reconcile", description = "Check an account against a bank statement: mark what the bank shows as cleared "
        + "until the difference is 0, which reconciles them.")
final class ReconcileCommand implements Callable<Integer> {
    static final List<Table.Column> COLUMNS = List.of(Table.Column.number("id"), Table.Column.text("date"),
            Table.Column.text("payee"), Table.Column.text("description"), Table.Column.number("amount"));

    @ParentCommand
    Root root;

    @Parameters(paramLabel = "ACCOUNT", description = "The account the statement is of.")
    String account;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--balance", required = true, paramLabel = "AMOUNT", description = "The statement's closing balance, such as 2345.70 or -80.00.")
    String balance;

    @Option(names = "--date", paramLabel = "DATE", defaultValue = "today", description = "The statement's date (default: today).")
    String date;

    @Option(names = "--mark-cleared", split = ",", paramLabel = "ID", description = "Mark these transactions cleared first: ids as `list` shows them.")
    List<Long> markCleared = new ArrayList<>();

    @Option(names = "--unmark", split = ",", paramLabel = "ID", description = "Mark these transactions uncleared again.")
    List<Long> unmark = new ArrayList<>();

    @Option(names = "--yes", description = "Confirm un-marking a reconciled transaction (asked on a terminal otherwise).")
    boolean yes;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        LocalDate day = Args.day(cli, "date", date);
        Session s = cli.login(as);
        ReconcileService service = cli.backend().services().reconcile();
        Reconciliation r = service.show(s, account, day, balance); // refuses a closed or unknown account, a bad balance
        if (!markCleared.isEmpty() || !unmark.isEmpty()) {
            // one commit for both lists: a refused --unmark leaves the --mark-cleared ones unmarked too
            try {
                service.mark(s, account, markCleared, unmark, yes);
            } catch (ReconciledChange refused) {
                ReconciledConfirm.require(cli, yes, refused);
                service.mark(s, account, markCleared, unmark, true);
            }
        }
        r = service.show(s, account, day, balance);
        cli.out.println("Reconciling " + r.account() + " against the statement of " + day);
        cli.out.println("statement balance  " + r.statement().display(cli.ascii()));
        cli.out.println("cleared balance    " + r.cleared().display(cli.ascii()));
        cli.out.println("difference         " + r.difference().display(cli.ascii()));
        if (r.uncleared().isEmpty()) {
            cli.out.println("no uncleared transactions up to " + day);
        } else {
            cli.out.println("uncleared transactions up to " + day + ":");
            List<List<String>> rows = new ArrayList<>();
            r.uncleared().forEach(l -> rows.add(row(l.transaction())));
            cli.out.print(TableFormat.TABLE.render(new Table(COLUMNS, rows), cli.ascii()));
        }
        if (r.balanced()) {
            int n = service.finish(s, account, day, balance);
            cli.out.println("the difference is 0: " + Plural.of(n, "transaction") + (n == 1 ? " is" : " are")
                    + " now reconciled; " + r.account() + " is reconciled to " + day);
        } else {
            cli.out.println("mark what the statement shows with --mark-cleared ID,ID until the difference is 0");
        }
        return 0;
    }

    private static List<String> row(Transaction t) {
        return List.of(Long.toString(t.id()), t.date().toString(), t.payee(), t.description(),
                (t.kind().isInflow() ? "+" : "-") + t.amount().toDecimalString());
    }
}
