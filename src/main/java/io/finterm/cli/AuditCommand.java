package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.AuditEvent;
import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import io.finterm.service.AuditQuery;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code finterm audit}: the audit log, newest first, for administrators; it can be read, never changed. */
@Command(name = "audit", description = "Show the audit log (account administration and security events), newest first; administrators only.")
final class AuditCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "ADMIN", description = "The administrator reading the log.")
    String as;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events from this day on (2026-11-01, 2026-11, -7, today).")
    String from;

    @Option(names = "--user", paramLabel = "NAME", description = "Only the events that concern this account.")
    String user;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most this many events, the newest (default 1000).")
    int limit;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        // a bad option value is a usage error (exit 2, naming the option), found before any password is asked
        TableFormat tf = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> TableFormat.TABLE;
            case "csv" -> TableFormat.CSV;
            case "json" -> TableFormat.JSON;
            default -> throw usage("--format: '" + Text.clean(format) + "' is not one of text, csv, json");
        };
        if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
            throw usage("--limit: must be between 1 and " + AuditQuery.MAX_LIMIT + ", not " + limit);
        }
        LocalDate fromDay;
        try {
            fromDay = from == null ? null : Args.from(cli, "--from", from);
        } catch (ValidationException e) {
            throw usage(e.getMessage());
        }
        AuditQuery q = new AuditQuery(fromDay, user, limit);
        List<AuditEvent> events = cli.backend().services().audit().list(cli.login(as), q);
        switch (tf) {
            case JSON -> cli.out.println(json(events));
            case CSV -> cli.out.print(tf.render(csv(events)));
            default -> {
                if (events.isEmpty()) {
                    cli.out.println("no events");
                } else {
                    cli.out.print(tf.render(text(events, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(cli.clock.getZone())),
                            cli.ascii()));
                }
            }
        }
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** {@code {"events":[{"at":"2026-11-30T10:00:00Z","actor":"admin","user":"alice","event":"user.created","from":"terminal"}]}}, detail only when there is one. */
    static String json(List<AuditEvent> events) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject().name("events").beginArray();
            for (AuditEvent e : events) {
                w.beginObject();
                w.name("at").value(utc(e.at()));
                w.name("actor").value(e.actor());
                w.name("user").value(e.user());
                w.name("event").value(e.event());
                w.name("from").value(e.from());
                if (!e.detail().isEmpty()) {
                    w.name("detail").value(e.detail());
                }
                w.endObject();
            }
            w.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static String utc(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** For scripts: the times in UTC, every field as stored. */
    private static Table csv(List<AuditEvent> events) {
        List<List<String>> rows = new ArrayList<>();
        for (AuditEvent e : events) {
            rows.add(List.of(utc(e.at()), e.actor(), e.user(), e.event(), e.from(), e.detail()));
        }
        return new Table(columns(), rows);
    }

    /** For people: local times, and "-" where nobody acted (a lockout, a failed login) or no account is named. */
    private static Table text(List<AuditEvent> events, DateTimeFormatter when) {
        List<List<String>> rows = new ArrayList<>();
        for (AuditEvent e : events) {
            rows.add(List.of(when.format(e.at()), dash(e.actor()), dash(e.user()), e.event(), e.from(), e.detail()));
        }
        return new Table(columns(), rows);
    }

    private static List<Column> columns() {
        return List.of(Column.text("at"), Column.text("actor"), Column.text("user"), Column.text("event"), Column.text("from"),
                Column.text("detail"));
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
