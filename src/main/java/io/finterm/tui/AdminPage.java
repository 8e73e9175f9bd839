package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Plural;
import io.finterm.domain.Role;
import io.finterm.domain.ValidationException;
import io.finterm.report.Table;
import io.finterm.service.DeletedUser;
import io.finterm.service.UserSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The accounts, for administrators: who exists, their role, when they were created and last logged
 * in, and whether they are locked; {@code l} opens the audit log. No one's financial data appears here.
 */
final class AdminPage extends Page {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private List<UserSummary> users = List.of();
    private int selected;

    AdminPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "Admin";
    }

    @Override
    void shown() {
        users = tui.services().userAdmin().listUsers(tui.session());
        selected = Math.max(0, Math.min(selected, users.size() - 1));
    }

    private UserSummary current() {
        return users.isEmpty() ? null : users.get(selected);
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() ? key.getCharacter() : 0;
        if (type == KeyType.ArrowDown || c == 'j') {
            selected = Math.min(users.size() - 1, selected + 1);
        } else if (type == KeyType.ArrowUp || c == 'k') {
            selected = Math.max(0, selected - 1);
        } else if (c == 'a') {
            create();
        } else if (c == 'p' && current() != null) {
            reset(current().username());
        } else if (c == 'u' && current() != null) {
            String name = current().username();
            tui.services().userAdmin().unlock(tui.session(), name);
            shown();
            tui.say(name + " unlocked");
        } else if (c == 'r' && current() != null) {
            changeRole(current());
        } else if (c == 'd' && current() != null) {
            delete(current().username());
        } else if (c == 'l') {
            tui.push(AuditPage.log(tui));
        } else {
            return false;
        }
        return true;
    }

    private void create() {
        tui.open(new PromptOverlay(tui, "New user", null, List.of(Field.text("username", "Username", 64), Field.choice("role", "Role", "user", "admin"),
                Field.secret("password", "Password"), Field.secret("repeat", "Repeat")), form -> {
                    Role role = Role.parse(form.field("role").text());
                    String name = form.field("username").text();
                    char[] password = form.field("password").takeSecret();
                    char[] repeat = form.field("repeat").takeSecret();
                    try {
                        if (!Arrays.equals(password, repeat)) {
                            throw new ValidationException("repeat", "the two passwords differ");
                        }
                        tui.services().userAdmin().createUser(tui.session(), name, password, role);
                    } finally {
                        Arrays.fill(password, '\0');
                        Arrays.fill(repeat, '\0');
                    }
                    shown();
                    tui.say("created " + role.name().toLowerCase(Locale.ROOT) + " " + name);
                }));
    }

    private void reset(String name) {
        tui.open(new PromptOverlay(tui, "New password for " + name, null, List.of(Field.secret("password", "Password"),
                Field.secret("repeat", "Repeat")), form -> {
                    char[] password = form.field("password").takeSecret();
                    char[] repeat = form.field("repeat").takeSecret();
                    try {
                        if (!Arrays.equals(password, repeat)) {
                            throw new ValidationException("repeat", "the two passwords differ");
                        }
                        tui.services().userAdmin().resetPassword(tui.session(), name, password);
                    } finally {
                        Arrays.fill(password, '\0');
                        Arrays.fill(repeat, '\0');
                    }
                    tui.say("password of " + name + " reset");
                }));
    }

    private void changeRole(UserSummary user) {
        Role next = user.role() == Role.ADMIN ? Role.USER : Role.ADMIN;
        tui.open(new ConfirmOverlay(tui, "Role", List.of("Make " + user.username() + " " + (next == Role.ADMIN ? "an administrator" : "a user") + "?"),
                () -> {
                    tui.services().userAdmin().changeRole(tui.session(), user.username(), next);
                    shown();
                    tui.say(user.username() + " is now " + next.name().toLowerCase(Locale.ROOT));
                }));
    }

    private void delete(String name) {
        DeletedUser preview = tui.services().userAdmin().previewDelete(tui.session(), name);
        tui.open(new ConfirmOverlay(tui, "Delete", List.of("Delete the account " + name + "?",
                "This removes " + Plural.of(preview.records(), "record") + ": " + Plural.of(preview.transactions(), "transaction") + ",",
                Plural.of(preview.budgets(), "budget") + " and " + Plural.of(preview.categories(), "category") + ". It cannot be undone."), () -> {
                            tui.services().userAdmin().deleteUser(tui.session(), name);
                            shown();
                            tui.say("deleted " + name);
                        }));
    }

    @Override
    void draw(Painter p) {
        ZoneId zone = tui.ctx().clock().getZone();
        List<List<String>> rows = new ArrayList<>();
        for (UserSummary u : users) {
            rows.add(List.of(u.username(), u.role().name().toLowerCase(Locale.ROOT), WHEN.format(u.createdAt().atZone(zone)),
                    u.lastLoginAt() == null ? "never" : WHEN.format(u.lastLoginAt().atZone(zone)), u.locked() ? "locked" : ""));
        }
        p.text(1, 0, "Accounts", Style.TITLE);
        Grid.draw(p, 2, p.height() - 3, Table.of(List.of("username", "role", "created", "last login", "locked"), rows), selected);
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("a", "create a user"), new KeyHelp("p", "reset the password"),
                new KeyHelp("u", "unlock"), new KeyHelp("r", "switch between user and admin"),
                new KeyHelp("d", "delete (shows how many records go)"), new KeyHelp("l", "the audit log: who did what to the accounts"));
    }

    @Override
    String hints() {
        return "a add  p password  u unlock  r role  d delete  l log";
    }
}
