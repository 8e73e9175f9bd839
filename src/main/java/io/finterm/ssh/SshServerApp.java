package io.finterm.ssh;

import io.finterm.domain.FintermException;
import io.finterm.domain.SshKey;
import io.finterm.service.LoginFailed;
import io.finterm.service.Services;
import io.finterm.service.Session;
import io.finterm.files.SecureFiles;
import io.finterm.tui.TuiContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code finterm serve}: one process holds the store, and every SSH shell channel gets its own
 * full-screen app, logged in as the finterm account that authenticated (the same lockout and the same
 * one failure message as the login screen) or a registered public key. Only a shell is offered: exec, subsystems
 * (SFTP), port, agent and X11 forwarding are all refused.
 */
public final class SshServerApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SshServerApp.class);
    private static final AttributeRepository.AttributeKey<Session> SESSION = new AttributeRepository.AttributeKey<>();
    private static final AttributeRepository.AttributeKey<String> KEY = new AttributeRepository.AttributeKey<>();
    private static final Duration GOODBYE = Duration.ofSeconds(5);
    /** How long a connection may take to log in before it is closed (MINA's default is two minutes). */
    private static final Duration AUTH_TIMEOUT = Duration.ofSeconds(30);
    /** Password tries on one connection; the account's lockout counts each of them anyway. */
    private static final int MAX_AUTH_REQUESTS = 6;
    /** Threads that check passwords (the hashes themselves are capped by argon2.max.concurrent), and logins that may wait for one. */
    private static final int LOGIN_THREADS = 8;
    private static final int LOGINS_WAITING = 64;

    /** Where and how to listen. */
    public record Options(String bind, int port, int maxSessions, Path hostKey) {
    }

    private final SshServer server;
    private final Set<TuiCommand> running;
    private final ExecutorService logins;

    private SshServerApp(SshServer server, Set<TuiCommand> running, ExecutorService logins) {
        this.server = server;
        this.running = running;
        this.logins = logins;
    }

    /** Starts listening; {@code context} makes each session's app settings. */
    public static SshServerApp start(Services services, Options options, Function<Session, TuiContext> context) {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(options.bind());
        server.setPort(options.port());
        server.setKeyPairProvider(hostKey(options.hostKey()));
        // MINA's own limit counts per username; this one counts every connection.
        AtomicInteger connections = new AtomicInteger();
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(org.apache.sshd.common.session.Session ssh) {
                if (connections.incrementAndGet() > options.maxSessions()) {
                    log.warn("ssh: refused a connection from {}: {} already open", ssh.getRemoteAddress(), options.maxSessions());
                    ssh.close(true);
                }
            }

            @Override
            public void sessionClosed(org.apache.sshd.common.session.Session ssh) {
                connections.decrementAndGet();
            }
        });
        CoreModuleProperties.AUTH_TIMEOUT.set(server, AUTH_TIMEOUT);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, MAX_AUTH_REQUESTS);
        ThreadPoolExecutor logins = new ThreadPoolExecutor(LOGIN_THREADS, LOGIN_THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(LOGINS_WAITING), r -> {
                    Thread t = new Thread(r, "finterm-ssh-login");
                    t.setDaemon(true);
                    return t;
                });
        logins.allowCoreThreadTimeOut(true);
        server.setPasswordAuthenticator((username, password, ssh) -> {
            throw new BackgroundLogin(logins, () -> {
                try {
                    Session session = services.accounts().login(username, password.toCharArray(), from(ssh.getClientAddress()));
                    ssh.setAttribute(SESSION, session);
                    log.info("ssh: {} logged in from {}", session.username(), ssh.getClientAddress());
                    return true;
                } catch (LoginFailed e) {
                    log.info("ssh: a login from {} failed", ssh.getClientAddress());
                    return false;
                }
            });
        });
        // Asked before the client has proved it holds the private key, so it only checks; the login
        // itself happens when the authenticated session opens its shell.
        server.setPublickeyAuthenticator((username, key, ssh) -> {
            String fingerprint = fingerprint(key);
            if (fingerprint != null && services.accounts().isKeyOf(username, fingerprint)) {
                ssh.setAttribute(KEY, fingerprint);
                return true;
            }
            return false;
        });
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        Set<TuiCommand> running = ConcurrentHashMap.newKeySet();
        server.setShellFactory(channel -> {
            Session session = channel.getSession().getAttribute(SESSION);
            if (session == null) {
                try {
                    session = services.accounts().loginWithKey(channel.getSession().getUsername(), channel.getSession().getAttribute(KEY),
                            from(channel.getSession().getClientAddress()));
                    channel.getSession().setAttribute(SESSION, session);
                    log.info("ssh: {} logged in with a key from {}", session.username(), channel.getSession().getClientAddress());
                } catch (LoginFailed e) {
                    log.info("ssh: a key login from {} failed: {}", channel.getSession().getClientAddress(), e.getMessage());
                    return new Refusal("finterm: " + e.getMessage());
                }
            }
            Session user = session;
            TuiCommand[] self = new TuiCommand[1];
            // whatever the caller's context says, a remote person never browses or reads the server's files
            TuiContext remote = context.apply(user).remote("ssh -p " + server.getPort() + " " + user.username() + "@"
                    + serverHost(channel.getSession()));
            self[0] = new TuiCommand(remote, user, () -> running.remove(self[0]));
            running.add(self[0]);
            return self[0];
        });
        server.setCommandFactory((channel, command) -> new Refusal(Refusal.ONLY_THE_APP));
        server.setSubsystemFactories(List.of());
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setAgentFactory(null);
        try {
            server.start();
        } catch (IOException e) {
            throw new FintermException("cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage(), e);
        }
        log.info("ssh: listening on {}:{}", options.bind(), server.getPort());
        return new SshServerApp(server, running, logins);
    }

    /** The address the client reached this server on, as it would type it again. */
    private static String serverHost(org.apache.sshd.common.session.Session ssh) {
        java.net.SocketAddress local = ssh.getIoSession().getLocalAddress();
        return local instanceof java.net.InetSocketAddress inet ? inet.getHostString() : "HOST";
    }

    /** The open connections, for tests. */
    java.util.List<? extends org.apache.sshd.common.session.Session> sessions() {
        return server.getActiveSessions();
    }

    /** Whether the server would allow agent or X11 forwarding to {@code ssh}: it never does. */
    boolean forwardsAgentOrX11(org.apache.sshd.common.session.Session ssh) {
        var filter = server.getForwardingFilter();
        return filter.canForwardAgent(ssh, "auth-agent-req@openssh.com") || filter.canForwardX11(ssh, "x11-req");
    }

    /** The port listened on: the asked one, or the one chosen for port 0. */
    public int port() {
        return server.getPort();
    }

    /**
     * Stops: every open session first shows that the server is shutting down and says goodbye (up to
     * {@link #GOODBYE} to do so), then the connections close.
     */
    @Override
    public void close() {
        running.forEach(TuiCommand::shutDown);
        long deadline = System.nanoTime() + GOODBYE.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.stop(true);
        } catch (IOException e) {
            log.warn("ssh: stopping: {}", e.getMessage());
        }
        logins.shutdownNow();
    }

    /** The OpenSSH fingerprint of a client's key, or {@code null} for a key it cannot write out. */
    /** Where a login came from, as the audit log records it: "ssh " and the client's IP address. */
    static String from(java.net.SocketAddress client) {
        return "ssh " + (client instanceof java.net.InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(client));
    }

    private static String fingerprint(PublicKey key) {
        try {
            String line = PublicKeyEntry.toString(key);
            String[] parts = line.split(" ");
            return parts.length >= 2 ? SshKey.fingerprint(parts[1]) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The server's key, made once in the data directory and kept 0600, so clients see the same key every time. */
    private static KeyPairProvider hostKey(Path file) {
        try {
            SecureFiles.ensureDirectory(file.getParent());
            SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
            provider.setAlgorithm("EC");
            provider.loadKeys(null);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return provider;
        } catch (IOException | RuntimeException e) {
            throw new FintermException("cannot make the host key " + file + ": " + e.getMessage(), e);
        }
    }
}
