package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.report.TableFormat;
import io.finterm.report.Table.Column;
import io.finterm.report.Table;
import io.finterm.domain.Money;
import io.finterm.service.BudgetLine;
import io.finterm.service.BudgetMonth;
import io.finterm.service.Session;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code finterm budget set|list|remove|copy}: monthly budgets per expense category. */
@Command(name = "budget", description = "Monthly budgets per expense category.",
        subcommands = {BudgetCommand.Set.class, BudgetCommand.ListBudgets.class, BudgetCommand.Remove.class,
            BudgetCommand.Copy.class})
final class BudgetCommand {
    @ParentCommand
    Root root;

    abstract static class Action implements Callable<Integer> {
        @ParentCommand
        BudgetCommand budget;

        @Option(names = "--as", required = true, paramLabel = "USER")
        String as;

        Cli cli() {
            return budget.root.cli;
        }

        Session login() {
            return cli().login(as);
        }
    }

    @Command(name = "set", description = "Set the budget of CATEGORY for MONTH (YYYY-MM).")
    static final class Set extends Action {
        @Parameters(index = "0", paramLabel = "CATEGORY")
        String category;

        @Parameters(index = "1", paramLabel = "MONTH")
        String month;

        @Parameters(index = "2", paramLabel = "AMOUNT")
        String amount;

        @Override
        public Integer call() {
            YearMonth m = Args.month(cli(), "month", month);
            Session s = login();
            Money money = Money.parse(amount, cli().backend().services().accounts().profile(s).baseCurrency());
            BudgetLine line = cli().backend().services().budgets().set(s, category, m, money);
            cli().err.println("budget for " + line.category() + " in " + line.month() + ": " + line.amount());
            return 0;
        }
    }

    @Command(name = "list", description = "List the budgets of MONTH (default: this month).")
    static final class ListBudgets extends Action {
        @Parameters(arity = "0..1", paramLabel = "MONTH")
        String month;

        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table")
        String format;

        @Override
        public Integer call() {
            TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON));
            YearMonth m = month == null ? YearMonth.now(cli().clock) : Args.month(cli(), "month", month);
            List<List<String>> rows = new ArrayList<>();
            BudgetMonth budgets = cli().backend().services().budgets().month(login(), m);
            for (BudgetMonth.Line b : budgets.lines()) {
                if (b.budget() != null) {
                    rows.add(List.of(b.category(), m.toString(), b.budget().toDecimalString(), b.budget().currency().getCurrencyCode()));
                }
            }
            cli().out.print(f.render(new Table(List.of(Column.text("category"), Column.text("month"), Column.number("amount"),
                    Column.text("currency")), rows), cli().ascii()));
            if (!budgets.conversion().isEmpty()) {
                cli().err.println("note: " + budgets.conversion().describe());
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove the budget of CATEGORY for MONTH.")
    static final class Remove extends Action {
        @Parameters(index = "0", paramLabel = "CATEGORY")
        String category;

        @Parameters(index = "1", paramLabel = "MONTH")
        String month;

        @Override
        public Integer call() {
            YearMonth m = Args.month(cli(), "month", month);
            if (!cli().backend().services().budgets().remove(login(), category, m)) {
                throw new io.finterm.domain.FintermException("there is no budget for " + category + " in " + m);
            }
            cli().err.println("removed the budget for " + category + " in " + m);
            return 0;
        }
    }

    @Command(name = "copy", description = "Copy the budgets of FROM into every month up to TO (YYYY-MM).")
    static final class Copy extends Action {
        @Parameters(index = "0", paramLabel = "FROM")
        String from;

        @Parameters(index = "1", paramLabel = "TO")
        String to;

        @Override
        public Integer call() {
            int n = cli().backend().services().budgets().copyForward(login(), Args.month(cli(), "from", from), Args.month(cli(), "to", to));
            cli().err.println("created " + Plural.of(n, "budget"));
            return 0;
        }
    }
}
