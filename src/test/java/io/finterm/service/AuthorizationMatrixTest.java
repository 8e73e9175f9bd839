package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Role;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public service method against every kind of caller: the owner of the data (alice, on her
 * own account), another user (bob, on alice's), an administrator, and a session that has ended.
 * A refusal must be an {@link AccessDenied} that changes nothing. A service method without a row
 * fails {@link #everyPublicServiceMethodHasARow()}.
 */
class AuthorizationMatrixTest {
    enum Actor { OWNER, OTHER_USER, ADMIN, ENDED }

    enum Outcome { ALLOW, DENY }

    /** One service method: how to call it as {@code session}, and what each actor may do. */
    record Row(String method, BiConsumer<Accounts, Session> call, Outcome owner, Outcome otherUser, Outcome admin, Outcome ended) {
        Outcome expected(Actor actor) {
            return switch (actor) {
                case OWNER -> owner;
                case OTHER_USER -> otherUser;
                case ADMIN -> admin;
                case ENDED -> ended;
            };
        }
    }

    private static final Outcome A = Outcome.ALLOW;
    private static final Outcome D = Outcome.DENY;

    /** Methods that come before a session exists: they take none. */
    static final Set<String> BEFORE_LOGIN = Set.of("hasUsers", "createFirstAdmin", "login");

    static final List<Row> ROWS = List.of(
            new Row("listUsers", (fx, s) -> fx.accounts.listUsers(s), D, D, A, D),
            new Row("createUser", (fx, s) -> fx.accounts.createUser(s, "carol", "carols-password".toCharArray(), Role.USER), D, D, A, D),
            new Row("previewDelete", (fx, s) -> fx.accounts.previewDelete(s, "alice"), D, D, A, D),
            new Row("deleteUser", (fx, s) -> fx.accounts.deleteUser(s, "alice"), D, D, A, D),
            new Row("resetPassword", (fx, s) -> fx.accounts.resetPassword(s, "alice", "reset-password-1".toCharArray()), D, D, A, D),
            new Row("unlock", (fx, s) -> fx.accounts.unlock(s, "alice"), D, D, A, D),
            new Row("changeRole", (fx, s) -> fx.accounts.changeRole(s, "alice", Role.ADMIN), D, D, A, D),
            new Row("changeOwnPassword", (fx, s) -> fx.accounts.changeOwnPassword(s, passwordOf(s).toCharArray(),
                    "changed-password-1".toCharArray()), A, A, A, D),
            new Row("logout", (fx, s) -> fx.accounts.logout(s), A, A, A, A));

    private static String passwordOf(Session s) {
        return switch (s.username()) {
            case "root" -> Accounts.ADMIN_PASSWORD;
            case "alice" -> Accounts.ALICE_PASSWORD;
            default -> Accounts.BOB_PASSWORD;
        };
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : ROWS) {
            for (Actor actor : Actor.values()) {
                cells.add(Arguments.of(row.method(), actor, row));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachCallerGetsExactlyWhatTheMatrixSays(String method, Actor actor, Row row) {
        Accounts fx = new Accounts();
        Session session = switch (actor) {
            case OWNER -> fx.alice();
            case OTHER_USER -> fx.bob();
            case ADMIN -> fx.admin();
            case ENDED -> {
                Session s = fx.alice();
                fx.accounts.logout(s);
                yield s;
            }
        };
        if (row.expected(actor) == Outcome.ALLOW) {
            assertDoesNotThrow(() -> row.call().accept(fx, session));
        } else {
            List<User> before = users(fx);
            assertThrows(AccessDenied.class, () -> row.call().accept(fx, session));
            assertEquals(before, users(fx), "a refused call changed the store");
        }
    }

    private static List<User> users(Accounts fx) {
        List<User> out = new ArrayList<>();
        fx.store.read(rd -> {
            rd.forEach(Schema.USERS, out::add);
            return null;
        });
        return out;
    }

    @Test
    void everyPublicServiceMethodHasARow() {
        Set<String> missing = new TreeSet<>();
        for (Class<?> service : List.of(AccountService.class)) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !BEFORE_LOGIN.contains(m.getName())
                        && ROWS.stream().noneMatch(r -> r.method().equals(m.getName()))) {
                    missing.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(Set.of(), missing, "add these methods to the authorization matrix");
    }
}
