package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Text;
import io.finterm.domain.User;
import io.finterm.format.bank.BankFiles;
import io.finterm.format.bank.CsvHead;
import io.finterm.format.bank.CsvOptions;
import io.finterm.format.bank.FileKind;
import io.finterm.format.bank.ImportSource;
import io.finterm.format.bank.Layout;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person's import profiles: how one bank's files are read, saved under a name from what detection
 * found and the person chose, and used by name ({@code --profile}) or chosen for a CSV whose header
 * is the one the profile was saved for. Each person sees and uses only their own.
 */
public final class ProfileService {
    private final Store store;
    private final Sessions sessions;
    private final Steps steps;

    public ProfileService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.steps = new Steps(accounts.clock());
    }

    /**
     * What an import uses: the options (a profile's, with the command line's laid over them), the account, and which
     * profile, if any, with a note for the person.
     *
     * @param account the account the rows go into, or {@code null} for the default
     * @param profile the profile's name, or {@code null} when none was used
     * @param note    what to tell the person ({@code profile: sparkasse (its header matches)}), or {@code null}
     */
    public record Resolved(CsvOptions options, String account, String profile, String note) {
    }

    /**
     * Saves what opening {@code source} as an import would detect, with {@code given} (the command line's layout
     * options), as the profile {@code name}, into {@code account} ({@code null}: the default account).
     *
     * @throws FintermException when the name is taken (delete that profile first), the file is no bank CSV or QIF
     *         file, its layout cannot be detected, or the account does not exist
     */
    public ImportProfile save(Session session, String name, ImportSource source, CsvOptions given, String account) {
        String shown = checkName(session, name);
        User user = sessions.active(session);
        FileKind kind = FileKind.of(source);
        refuseLayoutless(kind, source.name());
        Layout layout = BankFiles.open(kind, source, given == null ? CsvOptions.NONE : given).layout()
                .orElseThrow(() -> new FintermException(source.name() + " has no layout to save"));
        CsvHead head = Layout.CSV.equals(layout.format()) ? CsvHead.of(source) : null;
        return store.write(tx -> {
            refuseTaken(tx.findUnique(Schema.PROFILES_BY_NAME, user.id(), ImportProfile.fold(shown)));
            if (head != null) {
                // A second profile for one header would make every plain import of that bank ambiguous.
                List<ImportProfile> csv = mine(tx, user).stream().filter(p -> Layout.CSV.equals(p.format())).toList();
                ProfileMatch.all(csv, head).stream().findFirst().ifPresent(m -> {
                    throw readsAlready(m.profile().name());
                });
            }
            long accountId = account == null || account.isBlank() ? 0 : AccountLookup.existing(tx, user.id(), "--account", account).id();
            steps.record(tx, user, "new import profile '" + shown + "'");
            return tx.insert(Schema.PROFILES, ProfileOptions.profile(tx.nextId(Schema.PROFILES), user.id(), shown, layout, accountId));
        });
    }

    /**
     * Refuses, as {@link #save} would, a name that is blank, too long or taken, so that an import that saves a
     * profile after it succeeds can be refused before it begins; the name as it would be saved.
     */
    public String checkName(Session session, String name) {
        User user = sessions.active(session);
        String shown = Text.field("name", name == null ? "" : name, ImportProfile.MAX_NAME, true).strip();
        refuseTaken(store.read(rd -> rd.findUnique(Schema.PROFILES_BY_NAME, user.id(), ImportProfile.fold(shown))));
        return shown;
    }

    /** The acting person's profiles, by name. */
    public List<ImportProfile> list(Session session) {
        User user = sessions.active(session);
        return store.read(rd -> mine(rd, user));
    }

    /** The acting person's profile {@code name} (regardless of case). */
    public ImportProfile show(Session session, String name) {
        User user = sessions.active(session);
        return store.read(rd -> named(rd, user, name));
    }

    /** The name of the account a profile's rows go into, or {@code ""} for the default account. */
    public String account(Session session, ImportProfile profile) {
        User user = sessions.active(session);
        if (profile.accountId() == 0) {
            return "";
        }
        return store.read(rd -> rd.get(Schema.ACCOUNTS, profile.accountId()).filter(a -> a.userId() == user.id()).map(Account::name).orElse(""));
    }

    public void delete(Session session, String name) {
        User user = sessions.active(session);
        store.write(tx -> {
            ImportProfile gone = named(tx, user, name);
            steps.record(tx, user, "delete of import profile '" + gone.name() + "'");
            return tx.delete(Schema.PROFILES, gone.id());
        });
    }

    /**
     * The options, account and profile an import of {@code source} uses. With {@code profile}, that one (refused
     * when it is for another kind of file, or when the file's header lacks its columns, which are named); without,
     * the one CSV profile whose header is the file's (refused, naming {@code --profile}, when two are). Options given
     * on the command line win over the profile's, and {@code account} over its account.
     */
    public Resolved resolve(Session session, ImportSource source, String profile, CsvOptions given, String account) {
        User user = sessions.active(session);
        CsvOptions g = given == null ? CsvOptions.NONE : given;
        String into = account == null || account.isBlank() ? null : account;
        if (profile == null || profile.isBlank()) {
            List<ImportProfile> csv = store.read(rd -> mine(rd, user)).stream().filter(p -> Layout.CSV.equals(p.format())).toList();
            if (csv.isEmpty() || FileKind.of(source) != FileKind.BANK_CSV) {
                return new Resolved(g, into, null, null);
            }
            return ProfileMatch.auto(csv, CsvHead.of(source), source.name())
                    .map(m -> resolved(user, m.profile(), ProfileOptions.over(ProfileOptions.of(m.profile()), g, m.header(), m.skip()),
                            into, "profile: " + m.profile().name() + " (its header matches)"))
                    .orElse(new Resolved(g, into, null, null));
        }
        ImportProfile p = store.read(rd -> named(rd, user, profile));
        FileKind kind = FileKind.of(source);
        if (Layout.QIF.equals(p.format())) {
            refuseKind(p, kind, FileKind.QIF, source);
            return resolved(user, p, ProfileOptions.over(ProfileOptions.of(p), g, List.of(), null), into, null);
        }
        refuseKind(p, kind, FileKind.BANK_CSV, source);
        ProfileMatch m = ProfileMatch.named(p, CsvHead.of(source), g, source.name());
        String note = m.skip() == p.skip() ? null : "profile: " + p.name() + " (its header is on line " + (m.skip() + 1) + " of this file)";
        return resolved(user, p, ProfileOptions.over(ProfileOptions.of(p), g, m.header(), m.skip()), into, note);
    }

    /** Refuses a kind of file that has no profile to save: it states its own layout (OFX, camt.053), or is finterm's own. */
    public static void refuseLayoutless(FileKind kind, String file) {
        if (kind != FileKind.BANK_CSV && kind != FileKind.QIF) {
            throw new FintermException(file + " is " + article(kind) + ", which states its own layout: a profile is for a bank CSV or a QIF file");
        }
    }

    /** The refusal to save a second profile for a header that the saved profile {@code name} reads already. */
    public static FintermException readsAlready(String name) {
        return new FintermException("the profile '" + name + "' reads this header already: use it (--profile " + name
                + "), or delete it first (finterm profile delete " + name + ")");
    }

    /** The options a profile reads a file with, for a screen that shows them. */
    public static CsvOptions options(ImportProfile p) {
        return ProfileOptions.of(p);
    }

    private Resolved resolved(User user, ImportProfile p, CsvOptions options, String account, String note) {
        String into = account;
        if (into == null && p.accountId() != 0) {
            into = store.read(rd -> rd.get(Schema.ACCOUNTS, p.accountId()).filter(a -> a.userId() == user.id()).map(Account::name)
                    .orElse(null));
        }
        return new Resolved(options, into, p.name(), note);
    }

    private static void refuseKind(ImportProfile p, FileKind kind, FileKind wanted, ImportSource source) {
        if (kind != wanted) {
            throw new FintermException("--profile " + p.name() + ": the profile is for " + article(wanted) + ", and " + source.name()
                    + " is " + article(kind));
        }
    }

    private static String article(FileKind kind) {
        return switch (kind) {
            case BANK_CSV -> "a bank CSV";
            case QIF -> "a QIF file";
            case OFX -> "an OFX file";
            case CAMT053 -> "a camt.053 statement";
            case FINTERM_CSV -> "finterm's own CSV";
            case FINTERM_JSON -> "finterm's JSON export";
        };
    }

    /** Refuses a name that is taken, naming the stored profile as it is spelled (names are compared regardless of case). */
    private static void refuseTaken(java.util.Optional<ImportProfile> stored) {
        stored.ifPresent(p -> {
            throw new FintermException("you have a profile named '" + p.name() + "' already: to replace it, delete it first"
                    + " (finterm profile delete " + p.name() + ") and save again");
        });
    }

    private static List<ImportProfile> mine(ReadTx rd, User user) {
        List<ImportProfile> out = new ArrayList<>(rd.scan(Schema.PROFILES_BY_NAME, KeyRange.prefix(user.id()), Paging.all()).rows());
        out.sort(Comparator.comparing(p -> ImportProfile.fold(p.name())));
        return out;
    }

    private static ImportProfile named(ReadTx rd, User user, String name) {
        String n = name == null ? "" : name.strip();
        return rd.findUnique(Schema.PROFILES_BY_NAME, user.id(), ImportProfile.fold(n)).orElseThrow(() -> new FintermException(
                "you have no profile '" + Text.clean(n) + "'; `finterm profile list` shows yours"));
    }
}
