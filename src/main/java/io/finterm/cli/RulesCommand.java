package io.finterm.cli;

import io.finterm.domain.MatchKind;
import io.finterm.domain.Plural;
import io.finterm.domain.Rule;
import io.finterm.domain.RuleField;
import io.finterm.domain.Tags;
import io.finterm.service.NewRule;
import io.finterm.service.RuleService;
import io.finterm.service.RuleView;
import io.finterm.service.Session;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code finterm rules add|list|remove|move|test|apply}: the user's categorisation rules, tried in
 * order at import (the first that holds wins) and on request over the stored transactions. A rule
 * is named by its position, as {@code rules list} shows it.
 */
@Command(name = "rules", description = "Your categorisation rules: add, list, remove, move, test, apply.",
        subcommands = {RulesCommand.Add.class, RulesList.class, RulesCommand.Remove.class, RulesCommand.Move.class,
            RulesCommand.Test.class, RulesCommand.Apply.class})
final class RulesCommand {
    @ParentCommand
    Root root;

    abstract static class Action implements Callable<Integer> {
        @ParentCommand
        RulesCommand rules;

        @Spec
        CommandSpec spec;

        @Option(names = "--as", required = true, paramLabel = "USER")
        String as;

        Cli cli() {
            return rules.root.cli;
        }

        RuleService service() {
            return cli().backend().services().rules();
        }

        Session login() {
            return cli().login(as);
        }
    }

    @Command(name = "add", description = "Add a rule: rows whose payee or description has TEXT go into the category C.")
    static final class Add extends Action {
        @Option(names = "--match", required = true, paramLabel = "TEXT",
                description = "What to look for: any part of the text, ignoring case and accents (or see --word, --regex).")
        String match;

        @Option(names = "--field", paramLabel = "payee|description|any", defaultValue = "any", description = "Where to look (default: any).")
        String field;

        @Option(names = "--regex", description = "TEXT is a regular expression (ignoring case).")
        boolean regex;

        @Option(names = "--word", description = "TEXT must stand as whole words (rewe hits 'REWE Markt', not 'Brewery').")
        boolean word;

        @Option(names = "--min", paramLabel = "AMOUNT", description = "Only amounts of at least this size (no sign).")
        String min;

        @Option(names = "--max", paramLabel = "AMOUNT", description = "Only amounts of at most this size (no sign).")
        String max;

        @Option(names = "--account", paramLabel = "NAME", description = "Only rows of this account.")
        String account;

        @Option(names = "--category", required = true, paramLabel = "C",
                description = "The category to file into; expense:C or income:C where both kinds have the name.")
        String category;

        @Option(names = "--tags", paramLabel = "TAG,TAG", description = "Tags to add.")
        String tags;

        @Option(names = "--set-payee", paramLabel = "P", description = "The payee to set.")
        String setPayee;

        @Option(names = "--set-description", paramLabel = "D", description = "The description to write instead.")
        String setDescription;

        @Option(names = "--at", paramLabel = "N", description = "Insert at position N (1 is tried first); default: last.")
        Integer at;

        @Override
        public Integer call() {
            if (regex && word) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--regex and --word: choose one");
            }
            NewRule r = new NewRule(match, RuleField.of(field), regex ? MatchKind.REGEX : word ? MatchKind.WORD : MatchKind.TEXT,
                    Rule.size("--min", min), Rule.size("--max", max), account, category, Tags.parse(tags), setPayee, setDescription, at);
            Session s = login();
            Rule added = service().add(s, r);
            RuleView shown = service().list(s).get(added.position() - 1);
            cli().err.println("added rule " + added.position() + ": " + shown.summary());
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove rule N; the rules after it move up.")
    static final class Remove extends Action {
        @Parameters(index = "0", paramLabel = "N")
        int position;

        @Override
        public Integer call() {
            Session s = login();
            var before = service().list(s);
            service().remove(s, position);
            cli().err.println("removed rule " + position + ": " + before.get(position - 1).summary());
            return 0;
        }
    }

    @Command(name = "move", description = "Move rule N to position M.")
    static final class Move extends Action {
        @Parameters(index = "0", paramLabel = "N")
        int position;

        @Option(names = "--to", required = true, paramLabel = "M")
        int to;

        @Override
        public Integer call() {
            Session s = login();
            service().move(s, position, to);
            cli().err.println("moved rule " + position + " to " + to + ": " + service().list(s).get(to - 1).summary());
            return 0;
        }
    }

    @Command(name = "test", description = "Show the rule that would hit a row with this payee and description.")
    static final class Test extends Action {
        @Option(names = "--payee", paramLabel = "P", defaultValue = "")
        String payee;

        @Option(names = "--description", paramLabel = "D", defaultValue = "")
        String description;

        @Option(names = "--amount", paramLabel = "AMOUNT", description = "The row's size; without it, the rules' bounds are not asked.")
        String amount;

        @Option(names = "--account", paramLabel = "NAME", description = "The row's account; without it, any.")
        String account;

        @Override
        public Integer call() {
            if (payee.isBlank() && description.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --payee, --description or both");
            }
            Optional<RuleView> hit = service().test(login(), payee, description, Rule.size("--amount", amount), account);
            cli().out.println(hit.map(v -> "rule " + v.position() + ": " + v.summary()).orElse("no rule hits"));
            return 0;
        }
    }

    @Command(name = "apply", description = "File your Uncategorized transactions by the rules, in one step (--filter for others).")
    static final class Apply extends Action {
        @Option(names = "--filter", paramLabel = "QUERY", defaultValue = "",
                description = "Which transactions, as list --filter (default: the Uncategorized ones; all: every one).")
        String filter;

        @Option(names = "--dry-run", description = "Show what would change, and change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            RuleService.Applied done = service().apply(login(), filter, dryRun);
            done.firstChanges().forEach(cli().out::println);
            if (done.changed() > done.firstChanges().size()) {
                cli().out.println("… and " + (done.changed() - done.firstChanges().size()) + " more");
            }
            cli().err.println(summary(done, dryRun, filter.isBlank() ? "Uncategorized transaction" : "transaction"));
            return 0;
        }

        /** The result in one line: {@code changed 3 of 5 Uncategorized transactions (rule 1: 3)}; {@code what} names the rows examined. */
        static String summary(RuleService.Applied done, boolean dryRun, String what) {
            StringBuilder s = new StringBuilder(dryRun ? "would change " : "changed ").append(done.changed()).append(" of ")
                    .append(Plural.of(done.examined(), what));
            if (!done.byRule().isEmpty()) {
                s.append(" (").append(done.byRule().entrySet().stream().map(e -> "rule " + e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", "))).append(')');
            }
            if (done.skippedSplits() > 0) {
                s.append("; left ").append(done.skippedSplits()).append(done.skippedSplits() == 1 ? " split or transfer" : " splits and transfers");
            }
            if (done.skippedReconciled() > 0) {
                s.append("; left ").append(Plural.of(done.skippedReconciled(), "reconciled transaction"))
                        .append(" that a rule would change (change one with finterm edit ID --category C --yes)");
            }
            return s.append(dryRun ? "; nothing was changed" : "").toString();
        }
    }
}
