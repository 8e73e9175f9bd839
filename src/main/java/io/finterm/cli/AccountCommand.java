package io.finterm.cli;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.Text;
import io.finterm.service.AccountBookService;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code finterm account add|list|rename|close|reopen|default|delete|warn}: the user's own accounts. The
 * service refuses what is wrong (a name used twice, an unknown or closed account, deleting one with
 * transactions) in one sentence naming the field; nothing here checks it again.
 */
@Command(name = "account", description = "Your accounts: add, list, rename, close, reopen, default, delete, warn.",
        subcommands = {AccountCommand.Add.class, AccountList.class, AccountCommand.Rename.class, AccountCommand.Close.class,
            AccountCommand.Reopen.class, AccountCommand.Default.class, AccountCommand.Delete.class,
            AccountWarn.class})
final class AccountCommand {
    @ParentCommand
    Root root;

    abstract static class Action implements Callable<Integer> {
        @ParentCommand
        AccountCommand account;

        @Option(names = "--as", required = true, paramLabel = "USER")
        String as;

        Cli cli() {
            return account.root.cli;
        }

        AccountBookService book() {
            return cli().backend().services().accountBook();
        }

        Session login() {
            return cli().login(as);
        }
    }

    /** An action on one account, named by the command's only parameter. */
    abstract static class OnOne extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
    }

    @Command(name = "add", description = "Open the account NAME.")
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "checking",
                description = "checking, savings, credit, cash, loan, investment or other (default: checking).")
        String type;

        @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 (default: your base currency).")
        String currency;

        @Option(names = "--opening", paramLabel = "AMOUNT",
                description = "The balance before its first transaction, signed: -250.00 for a card or a loan (default: 0).")
        String opening;

        @Option(names = "--opening-date", paramLabel = "DATE", description = "When that balance held (default: today); dates as for add.")
        String openingDate;

        @Option(names = "--exclude-from-net-worth", description = "Keep its balance out of net worth.")
        boolean excluded;

        @Override
        public Integer call() {
            AccountType kind = AccountType.parse(type);
            var since = openingDate == null ? null : Args.day(cli(), "opening date", openingDate);
            var cur = currency == null ? null : Money.currency(currency);
            Account a = book().add(login(), new NewAccount(name, kind, cur, opening, since, !excluded));
            cli().err.println("added the " + a.type().word() + " account " + a.name() + " in " + a.currency().getCurrencyCode()
                    + ", opening balance " + a.opening().toDecimalString() + " on " + a.openingDate()
                    + (a.inNetWorth() ? "" : ", not counted in net worth"));
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename the account OLD to NEW; its transactions stay in it.")
    static final class Rename extends Action {
        @Parameters(index = "0", paramLabel = "OLD")
        String from;

        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        @Override
        public Integer call() {
            Account a = book().rename(login(), from, to);
            cli().err.println("renamed the account " + Text.clean(from) + " to " + a.name());
            return 0;
        }
    }

    @Command(name = "close", description = "Close the account NAME: it keeps its history and takes no new transactions.")
    static final class Close extends OnOne {
        @Override
        public Integer call() {
            cli().err.println("closed the account " + book().close(login(), name).name());
            return 0;
        }
    }

    @Command(name = "reopen", description = "Reopen the closed account NAME.")
    static final class Reopen extends OnOne {
        @Override
        public Integer call() {
            cli().err.println("reopened the account " + book().reopen(login(), name).name());
            return 0;
        }
    }

    @Command(name = "default", description = "Use the account NAME wherever none is named (add, import, the entry form).")
    static final class Default extends OnOne {
        @Override
        public Integer call() {
            cli().err.println(book().setDefault(login(), name).name() + " is now your default account");
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete the account NAME, which must hold no transactions (close it otherwise).")
    static final class Delete extends OnOne {
        @Override
        public Integer call() {
            Session s = login();
            String shown = book().get(s, name, LocalDate.now(cli().clock)).account().name();
            book().delete(s, name);
            cli().err.println("deleted the account " + shown);
            return 0;
        }
    }
}
