package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.AuditEvent;
import io.finterm.domain.Money;
import io.finterm.domain.Plural;
import io.finterm.domain.SshKey;
import io.finterm.domain.ValidationException;
import io.finterm.service.PasswordPolicy;
import io.finterm.service.Profile;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's own account: who they are, changing their password and base currency, their SSH keys,
 * and how the account was used (the previous login and the failed attempts since; F4 shows it all).
 */
final class AccountPage extends Page {
    private static final Logger log = LoggerFactory.getLogger(AccountPage.class);
    private final Form form = new Form(List.of(Field.text("currency", "Currency", 3), Field.secret("current password", "Current"),
            Field.secret("password", "New"), Field.secret("repeat", "Repeat")));
    private Profile profile;
    private List<SshKey> keys = List.of();
    private int selectedKey;
    private String error;
    private String activity = "";

    AccountPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "Settings"; // the login's own settings; "Accounts" (8) are where money is kept
    }

    @Override
    void shown() {
        profile = tui.services().accounts().profile(tui.session());
        form.field("currency").set(profile.baseCurrency().getCurrencyCode());
        keys = tui.services().ownAccount().listKeys(tui.session());
        selectedKey = Math.max(0, Math.min(selectedKey, keys.size() - 1));
        activity = activity(tui.services().audit().ownSecurity(tui.session()), tui.ctx().clock().getZone());
    }

    /**
     * "Previous login 2026-11-29 18:02 from ssh 192.0.2.7 · 2 failed attempts since": the login before this
     * session's (the newest), and the failed attempts after it, so that someone else's tries show at once.
     */
    static String activity(List<AuditEvent> own, ZoneId zone) {
        List<AuditEvent> logins = own.stream().filter(e -> e.event().equals("login.ok")).toList();
        AuditEvent previous = logins.size() > 1 ? logins.get(1) : null;
        long failed = own.stream().filter(e -> e.event().equals("login.failed") && (previous == null || e.at().isAfter(previous.at())))
                .count();
        String login = previous == null ? "No earlier login"
                : "Previous login " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(previous.at().atZone(zone)) + " from " + previous.from();
        return login + " · " + (failed == 0 ? "no failed attempts" : Plural.of(failed, "failed attempt")) + (previous == null ? "" : " since");
    }

    @Override
    boolean typing() {
        return true;
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.Escape || (type == KeyType.Character && key.getCharacter() == 'L' && form.focused().isEmpty())) {
            return false;
        }
        if (type == KeyType.Character && !key.isCtrlDown() && Character.isDigit(key.getCharacter()) && form.focused().isEmpty()) {
            return false; // a tab key, while nothing is typed
        }
        if (type == KeyType.F2) {
            addKey();
            return true;
        }
        if (type == KeyType.F3 && !keys.isEmpty()) {
            selectedKey = (selectedKey + 1) % keys.size();
            return true;
        }
        if (type == KeyType.F4) {
            tui.push(AuditPage.own(tui));
            return true;
        }
        if (type == KeyType.F8 && !keys.isEmpty()) {
            removeKey(keys.get(selectedKey));
            return true;
        }
        if (type == KeyType.Enter) {
            if (form.focused().name.equals("currency")) {
                changeCurrency();
            } else if (form.onLast()) {
                submit();
            } else {
                form.focus(form.focusIndex() + 1);
            }
            return true;
        }
        Field f = form.focused();
        if (type == KeyType.Tab && f.name.equals("currency")) {
            f.acceptSuggestion();
        }
        boolean used = form.handle(key);
        if (f.name.equals("currency")) {
            f.suggestion = Currencies.complete(f.text());
        }
        return used;
    }

    private void addKey() {
        tui.open(new PromptOverlay(tui, "Add an SSH key", "paste one line of ~/.ssh/id_ed25519.pub (or another .pub file)",
                List.of(Field.text("key", "Key", 16_384)), form -> {
                    SshKey k = tui.services().ownAccount().addKey(tui.session(), form.field("key").text());
                    shown();
                    tui.say("added " + k.fingerprint() + ": ssh -p PORT " + profile.username() + "@HOST now logs in with it");
                }));
    }

    private void removeKey(SshKey key) {
        tui.open(new ConfirmOverlay(tui, "Remove", List.of("Remove this key?", "", key.type() + " " + key.fingerprint() + " " + key.comment()),
                () -> {
                    tui.services().ownAccount().removeKey(tui.session(), key.fingerprint());
                    shown();
                    tui.say("removed " + key.fingerprint());
                }));
    }

    private void changeCurrency() {
        form.clearErrors();
        error = null;
        Field f = form.field("currency");
        f.acceptSuggestion();
        try {
            Currency currency = Money.currency(f.text());
            if (!currency.equals(profile.baseCurrency())) {
                tui.services().ownAccount().changeBaseCurrency(tui.session(), currency);
                shown();
                tui.say("your books are now kept in " + currency.getCurrencyCode() + "; reports convert to it");
            }
            form.focus(1);
        } catch (ValidationException e) {
            f.error = e.reason();
        }
    }

    private void submit() {
        form.clearErrors();
        error = null;
        char[] current = form.field("current password").takeSecret();
        char[] password = form.field("password").takeSecret();
        char[] repeat = form.field("repeat").takeSecret();
        try {
            if (!Arrays.equals(password, repeat)) {
                form.error("repeat", "the two new passwords differ", "password");
                form.focus("password");
                return;
            }
            tui.services().ownAccount().changeOwnPassword(tui.session(), current, password);
            form.focus(0);
            tui.say("password changed");
        } catch (ValidationException e) {
            if (!form.show(e)) {
                error = e.getMessage();
            }
        } catch (RuntimeException e) {
            // Not the person's typing (that is a ValidationException above): the service refused or failed.
            log.warn("account: changing the password of {} failed", profile == null ? "?" : profile.username(), e);
            error = Tui.sentence(e);
            form.focus(0);
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(password, '\0');
            Arrays.fill(repeat, '\0');
        }
    }

    @Override
    void draw(Painter p) {
        if (profile != null) {
            p.text(2, 1, profile.username(), Style.TITLE);
            p.text(2, 2, profile.role().name().toLowerCase(java.util.Locale.ROOT) + " · books kept in "
                    + profile.baseCurrency().getCurrencyCode(), Style.MUTED);
            p.text(2, 3, activity, Style.MUTED);
        }
        p.text(2, 4, "Base currency (Enter saves it) and password (Enter on Repeat changes it)", Style.BOLD);
        p.text(2, 5, "Passwords: " + PasswordPolicy.RULES + ".", Style.MUTED);
        form.draw(p, 2, 7, 10, 30);
        if (error != null) {
            p.wrapped(2, 15, "✗ " + error, Style.ERROR, 2);
        }
        p.wrapped(2, 17, "Tab next field (takes a completed currency code)   Esc back", Style.MUTED, 1);
        p.text(2, 19, "SSH keys for finterm serve   F2 add   F3 next   F8 remove", Style.BOLD);
        if (keys.isEmpty()) {
            p.text(4, 20, "none: logins over SSH use your password", Style.MUTED);
        }
        for (int i = 0; i < keys.size() && 20 + i < p.height(); i++) {
            SshKey k = keys.get(i);
            p.text(2, 20 + i, (i == selectedKey ? "› " : "  ") + k.type() + "  " + k.fingerprint() + "  " + k.comment(),
                    i == selectedKey ? Style.REVERSE : Style.NORMAL);
        }
    }

    @Override
    TerminalPosition cursor() {
        return form.caret();
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("Tab, ↑ ↓", "next or previous field"), new KeyHelp("Enter on Currency", "change your base currency"),
                new KeyHelp("Enter", "next field; on Repeat, change the password"), new KeyHelp("F2", "add an SSH public key"),
                new KeyHelp("F3", "choose the next key"), new KeyHelp("F8", "remove the chosen key (asks first)"),
                new KeyHelp("F4", "your account's activity: logins and from where, failed attempts, password and key changes"));
    }

    @Override
    String hints() {
        return "Tab next  Enter save  F4 activity";
    }
}
