package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.report.TableFormat;
import io.finterm.report.Table.Column;
import io.finterm.report.Table;
import io.finterm.domain.Money;
import io.finterm.service.BudgetLine;
import io.finterm.service.BudgetMonth;
import io.finterm.service.BudgetService;
import io.finterm.domain.Overspending;
import io.finterm.domain.Text;
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

    @Command(name = "set", description = "Set the budget of CATEGORY for MONTH (YYYY-MM); with --rollover, what is left of it"
            + " (from MONTH on) comes into the next month.")
    static final class Set extends Action {
        @Parameters(index = "0", paramLabel = "CATEGORY")
        String category;

        @Parameters(index = "1", paramLabel = "MONTH")
        String month;

        @Parameters(index = "2", paramLabel = "AMOUNT")
        String amount;

        @Option(names = "--rollover", description = "From MONTH on, what is left of each month's budget comes into the next month.")
        boolean rollover;

        @Option(names = "--overspending", paramLabel = "carry|absorb",
                description = "With --rollover: carry takes a month's overspending from the next month; absorb (the default) does not.")
        String overspending;

        @Option(names = "--no-rollover", description = "From MONTH on, nothing more comes over into the next month.")
        boolean noRollover;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            BudgetService.Rolling rolling = rolling();
            YearMonth m = Args.month(cli(), "month", month);
            Session s = login();
            Money money = Money.parse(amount, cli().backend().services().accounts().profile(s).baseCurrency());
            BudgetService budgets = cli().backend().services().budgets();
            BudgetLine line = budgets.set(s, category, m, money, rolling);
            String rolls = rolling != null ? BudgetRollovers.describe(rolling, m)
                    : BudgetRollovers.describe(budgets.setting(s, line.category(), m));
            cli().err.println("budget for " + line.category() + " in " + line.month() + ": " + line.amount() + rolls);
            return 0;
        }

        /** The rollover the options ask for, or null to leave it as it is; options that do not go together are refused. */
        private BudgetService.Rolling rolling() {
            if (rollover && noRollover) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rollover and --no-rollover: choose one");
            }
            if (overspending != null && !rollover) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--overspending goes with --rollover: it says what a month's overspending does to the next month");
            }
            if (rollover) {
                return overspending == null ? BudgetService.Rolling.ON : BudgetService.Rolling.on(overspending());
            }
            return noRollover ? BudgetService.Rolling.OFF : null;
        }

        private Overspending overspending() {
            try {
                return Overspending.parse(overspending);
            } catch (io.finterm.domain.ValidationException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--overspending: '" + Text.clean(overspending) + "' is not carry or absorb");
            }
        }
    }

    @Command(name = "list", description = "List the budgets of MONTH (default: this month): each budget, what came over from the month"
            + " before, what is available, and whether the category rolls over.")
    static final class ListBudgets extends Action {
        @Parameters(arity = "0..1", paramLabel = "MONTH")
        String month;

        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table")
        String format;

        @Override
        public Integer call() {
            TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON));
            YearMonth m = month == null ? YearMonth.now(cli().clock) : Args.month(cli(), "month", month);
            Session s = login();
            BudgetService service = cli().backend().services().budgets();
            BudgetMonth budgets = service.month(s, m);
            // the text table names the month and the currency once, above it, so that long names and
            // four-digit amounts fit 80 columns; CSV and JSON keep them on every row for scripts
            boolean text = f == TableFormat.TABLE;
            List<List<String>> rows = new ArrayList<>();
            for (BudgetMonth.Line b : budgets.lines()) {
                if (b.available() != null) {
                    // no budget but a carry: the budget cell is empty, so that "none" never reads as a budget of 0.00
                    List<String> row = new ArrayList<>(List.of(b.category()));
                    if (!text) {
                        row.add(m.toString());
                    }
                    row.add(b.budget() == null ? "" : b.budget().toDecimalString());
                    if (!text) {
                        row.add(budgets.currency().getCurrencyCode());
                    }
                    row.addAll(List.of(b.carried().toDecimalString(), b.available().toDecimalString(),
                            BudgetRollovers.word(b.rolling())));
                    rows.add(row);
                }
            }
            List<Column> columns = new ArrayList<>(List.of(Column.text("category")));
            if (!text) {
                columns.add(Column.text("month"));
            }
            // scripts have read category, month, amount and currency since before budgets rolled over: those keep
            // their names and places, and the carry's columns come after them
            columns.add(Column.number(text ? "budget" : "amount"));
            if (!text) {
                columns.add(Column.text("currency"));
            }
            columns.addAll(List.of(Column.number("carried"), Column.number("available"), Column.text("rollover")));
            if (text) {
                cli().out.println("budgets of " + m + " in " + budgets.currency().getCurrencyCode());
            }
            cli().out.print(f.render(new Table(columns, rows), cli().ascii()));
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
