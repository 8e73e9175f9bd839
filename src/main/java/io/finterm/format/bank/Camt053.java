package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * An ISO 20022 camt.053 bank-to-customer statement ({@code camt.053.001.02} and later). Only booked
 * entries ({@code BOOK}) are rows; pending ({@code PDNG}, {@code FUTR}) and information-only
 * ({@code INFO}) entries are counted and skipped, and balances are never rows. A file holds one
 * account: several statements of it (consecutive days) are read in order, several accounts are refused.
 *
 * <p>{@link #open} reads the whole file once (streamed, one entry in memory at a time) to check it and
 * say what it holds; {@link #read} reads it again for the rows.
 */
public final class Camt053 implements BankFile {
    private final ImportSource source;
    private final XmlGuard.Limits limits;
    private final List<String> detected;

    private Camt053(ImportSource source, XmlGuard.Limits limits, List<String> detected) {
        this.source = source;
        this.limits = limits;
        this.detected = List.copyOf(detected);
    }

    /**
     * Checks that {@code source} is a camt.053 statement of one account and says what it holds.
     *
     * @throws FintermException when it is not one (another camt message, another XML, not XML), is
     *         broken or too large, has a DOCTYPE, or holds statements of several accounts
     */
    public static BankFile open(ImportSource source) {
        return open(source, XmlGuard.Limits.DEFAULT);
    }

    static BankFile open(ImportSource source, XmlGuard.Limits limits) {
        Survey survey = new Survey();
        CamtStatements.walk(source, limits, survey);
        return new Camt053(source, limits, survey.lines(io.finterm.domain.Text.clean(source.name())));
    }

    @Override
    public List<String> detected() {
        return detected;
    }

    @Override
    public void read(Consumer<BankRow> rows, BiConsumer<Long, String> errors) {
        CamtStatements.walk(source, limits, new CamtStatements.Listener() {
            @Override
            public void version(String version) {
                // checked by open
            }

            @Override
            public void statement(CamtStatements.Statement statement) {
                // the account was checked by open: one per file
            }

            @Override
            public void entry(CamtNode ntry) {
                String status = CamtEntry.status(ntry);
                switch (status) {
                    case "BOOK" -> CamtEntry.read(ntry, rows, errors);
                    case "PDNG", "FUTR", "INFO" -> {
                        // not (yet) on the account: counted by open, never a row
                    }
                    case "" -> errors.accept(ntry.line(), "status: missing (no <Sts>)");
                    default -> errors.accept(ntry.line(), "status: " + CamtValues.shown(status) + " is not BOOK, PDNG, FUTR or INFO");
                }
            }
        });
    }

    /** What the first reading learns: the version, the accounts, the period and the entries by status. */
    private static final class Survey implements CamtStatements.Listener {
        private String version = "";
        private final Set<String> accounts = new LinkedHashSet<>();
        private final Set<String> currencies = new LinkedHashSet<>();
        private int statements;
        private LocalDate from;
        private LocalDate to;
        private long booked;
        private long pending;
        private long info;

        @Override
        public void version(String v) {
            version = v;
        }

        @Override
        public void statement(CamtStatements.Statement s) {
            statements++;
            accounts.add(s.account());
            if (!s.currency().isEmpty()) {
                currencies.add(s.currency());
            }
            LocalDate f = CamtValues.dateOrNull(s.from());
            LocalDate t = CamtValues.dateOrNull(s.to());
            from = f != null && (from == null || f.isBefore(from)) ? f : from;
            to = t != null && (to == null || t.isAfter(to)) ? t : to;
        }

        @Override
        public void entry(CamtNode ntry) {
            switch (CamtEntry.status(ntry)) {
                case "BOOK" -> booked++;
                case "PDNG", "FUTR" -> pending++;
                case "INFO" -> info++;
                default -> {
                    // an error of its row when read
                }
            }
        }

        List<String> lines(String name) {
            if (statements == 0) {
                throw new FintermException(name + " is a camt.053 file without a statement (no <Stmt>); there is nothing to import");
            }
            if (accounts.size() > 1) {
                throw new FintermException(name + " holds statements of " + accounts.size() + " accounts ("
                        + accounts.stream().map(Survey::masked).collect(Collectors.joining(", "))
                        + "); finterm imports one account at a time: ask the bank for one file per account");
            }
            List<String> lines = new ArrayList<>();
            lines.add("format: " + version + " (ISO 20022 bank statement)");
            String account = masked(accounts.iterator().next());
            lines.add("account: " + account + (currencies.isEmpty() ? "" : ", " + String.join(", ", currencies)));
            if (statements > 1) {
                lines.add("statements: " + statements);
            }
            if (from != null && to != null) {
                lines.add("statement period: " + from + " to " + to);
            }
            lines.add("entries: " + booked + " booked, " + pending + " pending (skipped)"
                    + (info > 0 ? ", " + info + " for information only (skipped)" : ""));
            return lines;
        }

        /** "IBAN ...1234": enough to tell accounts apart, without printing the whole number. */
        private static String masked(String account) {
            if (account.isEmpty()) {
                return "not stated";
            }
            int space = account.indexOf(' ');
            if (space < 0) {
                return account;
            }
            String kind = account.substring(0, space);
            String number = account.substring(space + 1);
            return kind + " ..." + (number.length() > 4 ? number.substring(number.length() - 4) : number);
        }
    }
}
