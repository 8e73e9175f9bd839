package io.finterm.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The one look at the arguments before picocli: which command they name, where the data and the
 * configuration are, and whether they ask for nothing but the full-screen app. It needs no picocli
 * model, so that a start which does not parse (the full screen, and later a script's request to a
 * running server) does not pay for building one; the command line uses it to build only the
 * command that is named. {@code ArgvTest} checks {@link #VALUED} against picocli's model.
 *
 * @param args    the arguments as given
 * @param data    the last {@code --data} value, or {@code null}
 * @param config  the last {@code --config} value, or {@code null}
 * @param ascii   whether {@code --ascii} was given
 * @param command the first word that is neither an option nor an option's value (the command's
 *                name, or a mistyped one), or {@code null}
 * @param help    whether {@code -h} or {@code --help} was given
 * @param plain   whether the arguments are only {@code --data DIR}, {@code --config FILE} and
 *                {@code --ascii}, each at most once: the full-screen app, with nothing to parse
 */
public record Argv(String[] args, Path data, Path config, boolean ascii, String command, boolean help, boolean plain) {
    /**
     * Every option of every command that takes a value, so that a value is never taken for a
     * command's name. No option is valued in one command and a flag in another ({@code ArgvTest}).
     */
    static final Set<String> VALUED = Set.of("--data", "--config", "--admin", "--as", "--role", "--date", "--type",
            "--category", "--amount", "--currency", "--description", "--filter", "--sort", "--limit", "--offset", "--format",
            "--from", "--to", "--scale", "--by", "--out", "--users", "--rows", "--seed", "--port", "--bind", "--max-sessions",
            "--account", "--opening", "--opening-date", "--to-amount", "--payee", "--tags", "--split", "--balance", "--mark-cleared",
            "--unmark", "--delimiter", "--encoding", "--skip", "--date-format", "--decimal", "--map", "--debit", "--credit",
            "--profile", "--save-profile", "--overspending",
            // rules
            "--match", "--field", "--min", "--max", "--set-payee", "--set-description", "--at",
            // schedules
            "--name", "--every", "--interval", "--day", "--weekday", "--start", "--end", "--count", "--weekend",
            "--from-transaction", "--rename", "--until", "--transaction", "--accept",
            // the forecast
            "--months", "--below",
            // undo and redo
            "--steps",
            // the audit log
            "--user");

    /** The options that a plain start of the full-screen app may carry. */
    private static final Set<String> PLAIN = Set.of("--data", "--config", "--ascii");

    public static Argv scan(String... args) {
        Path data = null;
        Path config = null;
        String command = null;
        boolean help = false;
        boolean plain = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (command == null) {
                    command = arg;
                }
                plain = false;
                continue;
            }
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = null;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (VALUED.contains(name)) {
                if (++i == args.length) {
                    plain = false; // picocli says what is missing
                    break;
                }
                value = args[i];
            }
            plain &= PLAIN.contains(name) && seen.add(name) && (value != null) == VALUED.contains(name);
            switch (name) {
                case "--data" -> data = value != null ? path(value) : data;
                case "--config" -> config = value != null ? path(value) : config;
                case "-h", "--help" -> help = true;
                default -> {
                }
            }
        }
        // a value that is no path leaves its option null: not plain, so that picocli says what is wrong
        plain &= (data != null) == seen.contains("--data") && (config != null) == seen.contains("--config");
        return new Argv(args, data, config, seen.contains("--ascii"), command, help, plain);
    }

    /** The path, or {@code null} when it is not one: picocli then says so, in its own words. */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
