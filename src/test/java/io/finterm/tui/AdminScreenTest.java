package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Role;
import io.finterm.service.UserSummary;
import org.junit.jupiter.api.Test;

/** The Admin screen's "New user": the role is a choice between user and admin, and says which keys choose. */
class AdminScreenTest {
    @Test
    void theNewUsersRoleIsAChoiceBetweenUserAndAdminWithItsKeysNamed() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false).logIn("root", VirtualTui.ROOT_PW).type("6").assertShows("Accounts");
        app.type("a").type("carol").press(KeyType.Tab);
        app.assertShows("[user]").assertShows("admin").assertShows("u user, a admin, Space or ← → switch");
        app.type("x").assertShowsWhole("no choice starts with 'x': u user, a admin, Space or ← → switch");
        app.type("a").assertShows("[admin]");
        app.type(" ").assertShows("[user]");
        app.press(KeyType.ArrowRight).assertShows("[admin]");
        app.press(KeyType.Tab).type("carols-password-1").press(KeyType.Tab).type("carols-password-1").press(KeyType.Enter);
        app.assertShows("created admin carol");
        UserSummary carol = app.services.userAdmin().listUsers(app.services.accounts().login("root", VirtualTui.ROOT_PW.toCharArray(), "terminal")).stream()
                .filter(u -> u.username().equals("carol")).findFirst().orElseThrow();
        assertEquals(Role.ADMIN, carol.role());
        assertTrue(app.screen().lines().anyMatch(l -> l.contains("carol") && l.contains("admin")), app.screen());
    }
}
