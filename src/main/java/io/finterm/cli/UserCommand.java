package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.report.TableFormat;
import io.finterm.report.Table;
import io.finterm.domain.FintermException;
import io.finterm.domain.Role;
import io.finterm.service.DeletedUser;
import io.finterm.service.Session;
import io.finterm.service.UserSummary;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code finterm user …}: account management, for administrators. */
@Command(name = "user", description = "Manage accounts (administrators only).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Delete.class,
            UserCommand.Passwd.class, UserCommand.SetRole.class, UserCommand.Unlock.class, KeyCommand.class})
final class UserCommand {
    @ParentCommand
    Root root;

    /** Logs the administrator in (their password is the first one asked for). */
    Session admin(String name) {
        return root.cli.login(name);
    }

    abstract static class AdminAction implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Option(names = "--as", required = true, paramLabel = "ADMIN", description = "The administrator acting.")
        String as;

        Cli cli() {
            return user.root.cli;
        }
    }

    @Command(name = "add", description = "Create an account; asks for the administrator's password, then the new one.")
    static final class Add extends AdminAction {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", defaultValue = "user", paramLabel = "user|admin")
        String role;

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            Session s = user.admin(as);
            cli().backend().services().userAdmin().createUser(s, name, cli().passwords().askNew("New password for " + name), r);
            cli().err.println("created " + r.name().toLowerCase(java.util.Locale.ROOT) + " " + name.toLowerCase(java.util.Locale.ROOT));
            return 0;
        }
    }

    @Command(name = "list", description = "List the accounts.")
    static final class ListUsers extends AdminAction {
        @Override
        public Integer call() {
            List<UserSummary> users = cli().backend().services().userAdmin().listUsers(user.admin(as));
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(cli().clock.getZone());
            List<List<String>> rows = new ArrayList<>();
            for (UserSummary u : users) {
                rows.add(List.of(u.username(), u.role().name().toLowerCase(java.util.Locale.ROOT), when.format(u.createdAt()),
                        u.lastLoginAt() == null ? "never" : when.format(u.lastLoginAt()), u.locked() ? "locked" : ""));
            }
            cli().out.print(TableFormat.TABLE.render(Table.of(List.of("username", "role", "created", "last login", "locked"), rows), cli().ascii()));
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete an account with all its data; needs --yes.")
    static final class Delete extends AdminAction {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--yes", description = "Confirm the deletion.")
        boolean yes;

        @Override
        public Integer call() {
            Session s = user.admin(as);
            DeletedUser preview = cli().backend().services().userAdmin().previewDelete(s, name);
            if (!yes) {
                throw new FintermException("deleting " + preview.username() + " would remove " + describe(preview)
                        + "; add --yes to do it");
            }
            DeletedUser done = cli().backend().services().userAdmin().deleteUser(s, name);
            cli().err.println("deleted " + done.username() + " and " + describe(done));
            return 0;
        }

        private static String describe(DeletedUser d) {
            return Plural.of(d.records(), "record") + " (" + Plural.of(d.categories(), "category") + ", "
                    + Plural.of(d.transactions(), "transaction") + ", " + Plural.of(d.budgets(), "budget") + ")";
        }
    }

    @Command(name = "passwd", description = "Set a new password for an account; unlocks it too.")
    static final class Passwd extends AdminAction {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Session s = user.admin(as);
            cli().backend().services().userAdmin().resetPassword(s, name, cli().passwords().askNew("New password for " + name));
            cli().err.println("the password of " + name.toLowerCase(java.util.Locale.ROOT) + " was reset");
            return 0;
        }
    }

    @Command(name = "role", description = "Change an account's role.")
    static final class SetRole extends AdminAction {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", description = "user or admin")
        String role;

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            cli().backend().services().userAdmin().changeRole(user.admin(as), name, r);
            cli().err.println(name.toLowerCase(java.util.Locale.ROOT) + " is now " + r.name().toLowerCase(java.util.Locale.ROOT));
            return 0;
        }
    }

    @Command(name = "unlock", description = "Unlock an account locked by failed logins.")
    static final class Unlock extends AdminAction {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            cli().backend().services().userAdmin().unlock(user.admin(as), name);
            cli().err.println(name.toLowerCase(java.util.Locale.ROOT) + " is unlocked");
            return 0;
        }
    }
}
