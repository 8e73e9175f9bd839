package io.finterm.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Role;
import io.finterm.service.AccountSettings;
import io.finterm.service.Argon2Params;
import io.finterm.service.Services;
import io.finterm.service.Session;
import io.finterm.store.Store;
import io.finterm.tui.TuiContext;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.session.helpers.MissingAttachedSessionException;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SSH server driven by MINA's own client, as a person's ssh would drive it. */
class SshServerTest {
    private static final String ALICE_PW = "alice-password-1";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private Store store;
    private Services services;
    private SshServerApp server;
    private SshClient client;

    @BeforeEach
    void serve() throws Exception {
        store = Store.inMemory();
        services = new Services(store, new Services.Settings(new Argon2Params(64, 1, 1), 2,
                new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR")), "", 8,
                "http://127.0.0.1:9/"), Clock.systemUTC(), temp.resolve("exports"));
        services.accounts().createFirstAdmin("root", "root-password-1".toCharArray(), "cli");
        Session root = services.accounts().login("root", "root-password-1".toCharArray(), "cli");
        services.userAdmin().createUser(root, "alice", ALICE_PW.toCharArray(), Role.USER);
        server = start();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    private SshServerApp start() {
        return start(Duration.ofMinutes(15));
    }

    private SshServerApp start(Duration idle) {
        CompletableFuture<Services> ready = CompletableFuture.completedFuture(services);
        return SshServerApp.start(services, new SshServerApp.Options("127.0.0.1", 0, 5, temp.resolve("data/ssh_host_key")),
                session -> new TuiContext(ready, Clock.systemUTC(), false, 1, idle, "test", null,
                        Executors.newCachedThreadPool(), () -> { }, false));
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        server.close();
        store.close();
    }

    private ClientSession connect(String user, String password) throws Exception {
        ClientSession session = client.connect(user, "127.0.0.1", server.port()).verify(WAIT).getSession();
        try {
            session.addPasswordIdentity(password);
            session.auth().verify(WAIT);
            return session;
        } catch (Exception | AssertionError e) {
            session.close(true); // a refused client hangs up, as ssh does
            throw e;
        }
    }

    @Test
    void aPasswordLoginOpensTheDashboardAndLoggingOutEndsTheChannelWithStatusZero() throws Exception {
        try (ClientSession session = connect("alice", ALICE_PW); ChannelShell shell = session.createShellChannel()) {
            shell.setPtyColumns(100);
            shell.setPtyLines(30);
            PipedOutputStream keys = new PipedOutputStream();
            shell.setIn(new PipedInputStream(keys));
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            shell.setOut(screen);
            shell.open().verify(WAIT);
            waitFor(screen, "Dashboard");
            assertFalse(text(screen).contains("Password"), "no second login screen");
            keys.write("L".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            waitFor(screen, "Goodbye");
            keys.write("\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            assertEquals(0, shell.getExitStatus());
        }
    }

    @Test
    void theImportScreenOverSshSaysHowToSendAFileFromHereAndOffersNoPathField() throws Exception {
        // the context given says nothing of SSH (a local terminal's): the server itself makes it remote
        try (ClientSession session = connect("alice", ALICE_PW); ChannelShell shell = session.createShellChannel()) {
            shell.setPtyColumns(100);
            shell.setPtyLines(30);
            PipedOutputStream keys = new PipedOutputStream();
            shell.setIn(new PipedInputStream(keys));
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            shell.setOut(screen);
            shell.open().verify(WAIT);
            waitFor(screen, "Dashboard");
            keys.write("9".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            waitFor(screen, "this screen does not read or list the server's files");
            waitFor(screen, "ssh -p " + server.port() + " alice@127.0.0.1 import - --account Main < statement.csv");
            assertFalse(text(screen).contains("Tab completes"), "no path field over SSH");
            keys.write("L".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            waitFor(screen, "Goodbye");
            keys.write("\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        }
    }

    @Test
    void aUserDeletedWhileConnectedIsToldWhyAndSaidGoodbyeToWithStatusZero() throws Exception {
        try (ClientSession session = connect("alice", ALICE_PW); ChannelShell shell = session.createShellChannel()) {
            shell.setPtyColumns(100);
            shell.setPtyLines(30);
            shell.setIn(new PipedInputStream(new PipedOutputStream()));
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            shell.setOut(screen);
            shell.open().verify(WAIT);
            waitFor(screen, "Dashboard");
            Session root = services.accounts().login("root", "root-password-1".toCharArray(), "cli");
            services.userAdmin().deleteUser(root, "alice");
            waitFor(screen, "Your account was removed by an administrator.");
            waitFor(screen, "Goodbye, alice.");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            assertEquals(0, shell.getExitStatus());
        }
    }

    /** What MINA's client says when the server refused every way it offered to log in. */
    private static final String REFUSED = "No more authentication methods available";

    /** The server refused the login: not a timeout, not a dropped connection. */
    private static void assertRefused(org.junit.jupiter.api.function.Executable login) {
        SshException e = assertThrows(SshException.class, login);
        assertEquals(REFUSED, e.getMessage());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertRefused(() -> connect("alice", "not-the-password"));
        assertRefused(() -> connect("nobody", "not-the-password"));
    }

    @Test
    void aPasswordCheckThatFailsWithAStoreErrorIsRefusedAtOnceAndLogged() throws Exception {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(BackgroundLogin.class.getName());
        java.util.List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            store.close(); // every read now throws a StoreException, not LoginFailed
            try (ClientSession session = client.connect("alice", "127.0.0.1", server.port()).verify(WAIT).getSession()) {
                session.addPasswordIdentity(ALICE_PW);
                var auth = session.auth();
                // The server's own login timeout is 30 s: an answer within WAIT can only be the server's refusal.
                assertTrue(auth.await(WAIT), "the login was answered, not left to the server's 30 s timeout");
                assertFalse(auth.isSuccess());
                assertTrue(auth.getException().getMessage().contains("No more authentication methods available"),
                        auth.getException().getMessage());
            }
            var error = logged.stream().filter(r -> r.getLevel() == java.util.logging.Level.SEVERE).findFirst()
                    .orElseThrow(() -> new AssertionError("no error was logged"));
            assertEquals("the store is closed", error.getThrown().getMessage());
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void aBruteForceOverSshHitsTheLockoutAndThenEvenTheRightPasswordIsRefused() {
        for (int i = 0; i < 5; i++) {
            String guess = "guess-" + i;
            assertRefused(() -> connect("alice", guess));
        }
        assertRefused(() -> connect("alice", ALICE_PW));
        var alice = store.read(rd -> rd.findUnique(io.finterm.store.Schema.USERS_BY_NAME, "alice")).orElseThrow();
        assertTrue(alice.lockedUntil() != null && alice.lockedUntil().isAfter(java.time.Instant.now()), "alice is locked");
    }

    @Test
    @Tag("flood")
    void aFloodOfFiveHundredConnectionsEndsInBoundedTimeWithTheCapHeldAndTheServerStillServing() throws Exception {
        java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger loggedIn = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger unanswered = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean flooding = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread monitor = new Thread(() -> {
            while (flooding.get()) {
                peak.accumulateAndGet((int) server.sessions().stream().filter(s -> s.isAuthenticated()).count(), Math::max);
                Thread.onSpinWait();
            }
        });
        monitor.start();
        var pool = Executors.newFixedThreadPool(25);
        java.util.List<java.util.concurrent.Future<?>> attempts = new java.util.ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            String guess = "flood-" + i;
            attempts.add(pool.submit(() -> {
                try (ClientSession session = connect(i_th(guess), guess)) {
                    loggedIn.incrementAndGet();
                } catch (SshException e) {
                    if (e.getCause() instanceof java.util.concurrent.TimeoutException
                            || String.valueOf(e.getMessage()).contains("within specified timeout")) {
                        unanswered.incrementAndGet(); // the client gave up waiting for the server
                    }
                    // otherwise refused: a wrong password, or hung up on at the cap
                } catch (Exception hungUp) {
                    // the connection was closed under the client at the cap
                }
            }));
        }
        for (var attempt : attempts) {
            attempt.get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        flooding.set(false);
        monitor.join();
        pool.shutdown();
        System.out.printf("ssh flood: 500 connection attempts answered in %d s; at most %d sessions authenticated at once%n",
                seconds, peak.get());
        assertEquals(0, loggedIn.get());
        assertTrue(peak.get() <= 5, "authenticated at once: " + peak.get());
        assertEquals(0, unanswered.get(), "attempts the server left waiting until the client gave up");
        assertRefused(() -> connect("alice", ALICE_PW)); // the flood locked alice
        long deadline = System.nanoTime() + WAIT.toNanos(); // the flood's last connections may still be closing
        while (true) {
            try (ClientSession root = connect("root", "root-password-1")) {
                assertTrue(root.isAuthenticated(), "the server still serves");
                break;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("after the flood root cannot log in; open: " + server.sessions().size(), e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Half the flood guesses alice's password, half a name that does not exist. */
    private static String i_th(String guess) {
        return guess.hashCode() % 2 == 0 ? "alice" : "mallory";
    }

    @Test
    void execSubsystemsAndForwardingAreRefused() throws Exception {
        try (ClientSession session = connect("alice", ALICE_PW)) {
            try (ChannelExec exec = session.createExecChannel("cat /etc/passwd")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                exec.setOut(out);
                exec.setErr(err);
                refused(exec);
                assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing ran");
                assertEquals(Refusal.ONLY_THE_APP + "\n", err.toString(StandardCharsets.UTF_8));
                assertEquals(1, exec.getExitStatus());
            }
            try (ClientChannel sftp = session.createSubsystemChannel("sftp")) {
                refused(sftp);
            }
            assertEquals("Tcpip forwarding request denied by server", assertThrows(SshException.class,
                    () -> session.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                            new SshdSocketAddress("127.0.0.1", 9))).getMessage());
        }
    }

    /** The channel is closed at once, or opening it fails: either way it never runs. */
    private static void refused(ClientChannel channel) {
        try {
            channel.open().verify(WAIT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            Integer status = channel.getExitStatus();
            assertTrue(status == null || status != 0, "exit status " + status);
        } catch (Exception e) {
            // refused while opening
        }
        assertTrue(channel.isClosed() || channel.isClosing(), "the channel did not close");
    }

    @Test
    void theHostKeyIsMadeOnceKeptPrivateAndReused() throws Exception {
        Path key = temp.resolve("data/ssh_host_key");
        assertTrue(Files.exists(key));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        byte[] first = Files.readAllBytes(key);
        server.close();
        server = start();
        assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(key), "the same key after a restart");
    }

    private static String text(ByteArrayOutputStream screen) {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    private static void waitFor(ByteArrayOutputStream screen, String word) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!text(screen).contains(word)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never saw '" + word + "'; the output:\n" + text(screen));
            }
            Thread.sleep(50);
        }
    }

    @Test
    void stoppingTheServerTellsOpenSessionsWhyAndClosesThem() throws Exception {
        try (ClientSession session = connect("alice", ALICE_PW); ChannelShell shell = session.createShellChannel()) {
            PipedOutputStream keys = new PipedOutputStream();
            shell.setIn(new PipedInputStream(keys));
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            shell.setOut(screen);
            shell.open().verify(WAIT);
            waitFor(screen, "Dashboard");
            Thread stopping = new Thread(server::close);
            stopping.start();
            waitFor(screen, "The server is shutting down.");
            stopping.join(WAIT.toMillis());
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            assertTrue(shell.isClosed());
        }
    }

    @Test
    void aClientThatGoesAwayReleasesItsSessionThread() throws Exception {
        ClientSession session = connect("alice", ALICE_PW);
        ChannelShell shell = session.createShellChannel();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        shell.setOut(screen);
        shell.setIn(new PipedInputStream(new PipedOutputStream()));
        shell.open().verify(WAIT);
        waitFor(screen, "Dashboard");
        assertTrue(sessionThreads() > 0);
        session.close(true);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sessionThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, sessionThreads(), "the session's thread ended with its connection");
    }

    private static long sessionThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("finterm-ssh-alice") && t.isAlive()).count();
    }

    @Test
    void connectionsBeyondTheCapAreRefused() throws Exception {
        server.close();
        CompletableFuture<Services> ready = CompletableFuture.completedFuture(services);
        server = SshServerApp.start(services, new SshServerApp.Options("127.0.0.1", 0, 1, temp.resolve("data/ssh_host_key")),
                session -> new TuiContext(ready, Clock.systemUTC(), false, 1, Duration.ofMinutes(15), "test", null,
                        Executors.newCachedThreadPool(), () -> { }, false));
        try (ClientSession first = connect("alice", ALICE_PW)) {
            assertTrue(first.isOpen());
            ClientSession attached;
            try {
                attached = client.connect("alice", "127.0.0.1", server.port()).verify(WAIT).getSession();
            } catch (SshException e) {
                if (e.getCause() instanceof MissingAttachedSessionException) {
                    return; // the server hung up before the client had even attached its session: refused too
                }
                throw e;
            }
            try (ClientSession second = attached) {
                var events = second.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), WAIT);
                assertTrue(events.contains(ClientSessionEvent.CLOSED), "the server hung up on the second connection: " + events);
                assertFalse(second.isAuthenticated());
            }
        }
    }

    @Test
    void aRegisteredPublicKeyLogsInStraightToTheDashboardAndAnUnknownOneIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair registered = generator.generateKeyPair();
        KeyPair stranger = generator.generateKeyPair();
        Session alice = services.accounts().login("alice", ALICE_PW.toCharArray(), "cli");
        services.ownAccount().addKey(alice, PublicKeyEntry.toString(registered.getPublic()) + " alice@laptop");
        assertEquals(1, services.ownAccount().listKeys(alice).size());

        try (ClientSession session = client.connect("alice", "127.0.0.1", server.port()).verify(WAIT).getSession()) {
            session.addPublicKeyIdentity(registered);
            session.auth().verify(WAIT);
            try (ChannelShell shell = session.createShellChannel()) {
                ByteArrayOutputStream screen = new ByteArrayOutputStream();
                shell.setOut(screen);
                shell.setIn(new PipedInputStream(new PipedOutputStream()));
                shell.open().verify(WAIT);
                waitFor(screen, "Dashboard");
            }
        }
        try (ClientSession session = client.connect("alice", "127.0.0.1", server.port()).verify(WAIT).getSession()) {
            session.addPublicKeyIdentity(stranger);
            assertRefused(() -> session.auth().verify(WAIT));
        }
        try (ClientSession session = client.connect("bob", "127.0.0.1", server.port()).verify(WAIT).getSession()) {
            session.addPublicKeyIdentity(registered);
            assertRefused(() -> session.auth().verify(WAIT)); // alice's key does not open someone else's account
        }
    }

    @Test
    void theIdleTimeoutSaysGoodbyeAndClosesTheChannelWithStatusZero() throws Exception {
        server.close();
        server = start(Duration.ofSeconds(1));
        try (ClientSession session = connect("alice", ALICE_PW); ChannelShell shell = session.createShellChannel()) {
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            shell.setOut(screen);
            shell.setIn(new PipedInputStream(new PipedOutputStream()));
            shell.open().verify(WAIT);
            waitFor(screen, "Dashboard");
            waitFor(screen, "without a key press");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            assertEquals(0, shell.getExitStatus());
        }
    }

    @Test
    void agentAndX11ForwardingAreRefused() throws Exception {
        try (ClientSession session = connect("alice", ALICE_PW)) {
            var serverSide = server.sessions().iterator().next();
            assertFalse(server.forwardsAgentOrX11(serverSide));
        }
    }
}
