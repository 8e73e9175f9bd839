package io.finterm.cli;

import io.finterm.domain.Category;
import io.finterm.domain.Plural;
import io.finterm.domain.TxKind;
import io.finterm.report.Table.Column;
import io.finterm.report.Table;
import io.finterm.report.TableFormat;
import io.finterm.service.CategoryCount;
import io.finterm.service.CategoryService;
import io.finterm.service.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code finterm category list|add|rename|merge|delete}: the user's own categories. A name that is
 * both an expense and an income category needs {@code --type} to say which.
 */
@Command(name = "category", description = "Your categories: list, add, rename, merge, delete.",
        subcommands = {CategoryCommand.ListCategories.class, CategoryCommand.Add.class, CategoryCommand.Rename.class,
            CategoryCommand.Merge.class, CategoryCommand.Delete.class})
final class CategoryCommand {
    @ParentCommand
    Root root;

    abstract static class Action implements Callable<Integer> {
        @ParentCommand
        CategoryCommand category;

        @Option(names = "--as", required = true, paramLabel = "USER")
        String as;

        Cli cli() {
            return category.root.cli;
        }

        CategoryService categories() {
            return cli().backend().services().categories();
        }

        Session login() {
            return cli().login(as);
        }
    }

    /** An action on one category, whose kind may be given. */
    abstract static class Named extends Action {
        @Option(names = "--type", paramLabel = "expense|income", description = "needed only when both kinds have the name")
        String type;

        TxKind kind() {
            return type == null ? null : TxKind.parse(type);
        }
    }

    @Command(name = "list", description = "List your categories with how many transactions each holds.")
    static final class ListCategories extends Action {
        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table")
        String format;

        @Override
        public Integer call() {
            TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON));
            List<List<String>> rows = new ArrayList<>();
            for (CategoryCount c : categories().listWithCounts(login())) {
                rows.add(List.of(c.category().name(), c.category().kind().label(), Long.toString(c.transactions())));
            }
            cli().out.print(f.render(new Table(List.of(Column.text("category"), Column.text("type"), Column.number("transactions")),
                    rows), cli().ascii()));
            return 0;
        }
    }

    @Command(name = "add", description = "Add the category NAME.")
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--type", required = true, paramLabel = "expense|income")
        String type;

        @Override
        public Integer call() {
            Category c = categories().add(login(), TxKind.parse(type), name);
            cli().err.println("added the " + c.kind().label() + " category " + c.name());
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename the category OLD to NEW; its transactions and budgets keep it.")
    static final class Rename extends Named {
        @Parameters(index = "0", paramLabel = "OLD")
        String from;

        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        @Override
        public Integer call() {
            Category c = categories().rename(login(), kind(), from, to);
            cli().err.println("renamed the " + c.kind().label() + " category " + from + " to " + c.name());
            return 0;
        }
    }

    @Command(name = "merge", description = "Move every transaction and budget of FROM into INTO, and delete FROM.")
    static final class Merge extends Named {
        @Parameters(index = "0", paramLabel = "FROM")
        String from;

        @Parameters(index = "1", paramLabel = "INTO")
        String into;

        @Override
        public Integer call() {
            long moved = categories().merge(login(), kind(), from, into);
            cli().err.println("merged " + from + " into " + into + ": " + Plural.of(moved, "transaction") + " moved");
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete the category NAME, which must hold no transactions (merge it otherwise).")
    static final class Delete extends Named {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            categories().delete(login(), kind(), name);
            cli().err.println("deleted the category " + name);
            return 0;
        }
    }
}
