package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.ImportProfile;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import io.finterm.service.ProfileService;
import io.finterm.service.Session;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code finterm profile list|show|delete}: the saved import profiles, how each bank's files are read.
 * They are saved by {@code finterm import FILE --detect --save-profile NAME} and used by {@code --profile NAME},
 * or chosen by a file's header.
 */
@Command(name = "profile", description = "Your saved import profiles: list, show, delete (save one with import --save-profile).",
        subcommands = {ProfileCommand.ListProfiles.class, ProfileCommand.Show.class, ProfileCommand.Delete.class})
final class ProfileCommand {
    /** How much of a header the list shows. */
    private static final int HEADER = 40;

    @ParentCommand
    Root root;

    abstract static class Action implements Callable<Integer> {
        @ParentCommand
        ProfileCommand parent;

        @Option(names = "--as", required = true, paramLabel = "USER")
        String as;

        Cli cli() {
            return parent.root.cli;
        }

        ProfileService profiles() {
            return cli().backend().services().profiles();
        }
    }

    @Command(name = "list", description = "List your import profiles.")
    static final class ListProfiles extends Action {
        @Option(names = "--format", paramLabel = "table|json", defaultValue = "table")
        String format;

        @Override
        public Integer call() {
            TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.JSON));
            Session s = cli().login(as);
            List<ImportProfile> profiles = profiles().list(s);
            if (f == TableFormat.JSON) {
                cli().out.println(json(profiles, profiles(), s));
            } else if (profiles.isEmpty()) {
                cli().out.println("no profiles yet; save one with: finterm import FILE --detect --save-profile NAME --as " + as);
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (ImportProfile p : profiles) {
                    String header = String.join(p.delimiter() == null ? "" : String.valueOf(p.delimiter()), p.header());
                    rows.add(List.of(p.name(), p.format(), account(profiles().account(s, p)),
                            header.length() > HEADER ? header.substring(0, HEADER - 1) + "…" : header));
                }
                cli().out.print(f.render(new Table(List.of(Column.text("profile"), Column.text("format"), Column.text("account"),
                        Column.text("header")), rows), cli().ascii()));
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show how the profile NAME reads a file.")
    static final class Show extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Session s = cli().login(as);
            ImportProfile p = profiles().show(s, name);
            cli().out.println("profile: " + p.name());
            cli().out.println("format: " + ("csv".equals(p.format()) ? "bank CSV" : "QIF"));
            cli().out.println("account: " + account(profiles().account(s, p)));
            if ("csv".equals(p.format())) {
                cli().out.println("encoding: " + p.encoding());
                cli().out.println("separator: " + separator(p.delimiter()));
                cli().out.println("lines before the header: " + p.skip());
                cli().out.println("header: " + String.join(" | ", p.header()));
                p.columns().forEach((role, columns) -> cli().out.println(role + ": " + String.join(" + ", columns)));
            }
            cli().out.println("date pattern: " + (p.dateFormat().isEmpty() ? "detected" : p.dateFormat()));
            cli().out.println("decimal mark: " + (p.decimal() == null ? "detected" : p.decimal()));
            if ("csv".equals(p.format())) {
                cli().out.println("sign: " + (p.negate() ? "every sign flipped (--negate)" : "as written"));
            }
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete the profile NAME.")
    static final class Delete extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Session s = cli().login(as);
            String shown = profiles().show(s, name).name();
            profiles().delete(s, name);
            cli().err.println("deleted the profile " + shown);
            return 0;
        }
    }

    private static String account(String name) {
        return name.isEmpty() ? "(your default)" : name;
    }

    private static String separator(Character c) {
        return c == null ? "" : c == '\t' ? "tab" : String.valueOf(c);
    }

    /** {@code {"profiles":[{"name":…,"format":"csv","account":"",…,"columns":{"date":["Buchungstag"]},"header":[…]}]}}. */
    static String json(List<ImportProfile> profiles, ProfileService service, Session s) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject().name("profiles").beginArray();
            for (ImportProfile p : profiles) {
                w.beginObject();
                w.name("name").value(p.name());
                w.name("format").value(p.format());
                w.name("account").value(service.account(s, p));
                w.name("encoding").value(p.encoding());
                w.name("delimiter").value(p.delimiter() == null ? null : String.valueOf(p.delimiter()));
                w.name("skip").value(p.skip());
                w.name("dateFormat").value(p.dateFormat());
                w.name("decimal").value(p.decimal() == null ? null : String.valueOf(p.decimal()));
                w.name("negate").value(p.negate());
                w.name("columns").beginObject();
                for (Map.Entry<String, List<String>> e : p.columns().entrySet()) {
                    w.name(e.getKey()).beginArray();
                    for (String c : e.getValue()) {
                        w.value(c);
                    }
                    w.endArray();
                }
                w.endObject();
                w.name("header").beginArray();
                for (String h : p.header()) {
                    w.value(h);
                }
                w.endArray();
                w.endObject();
            }
            w.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
