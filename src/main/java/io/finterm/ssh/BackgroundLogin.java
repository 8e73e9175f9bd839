package io.finterm.ssh;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A password check that MINA waits for without holding one of its I/O threads: thrown by the
 * authenticator, it starts the check once MINA listens for the answer. An Argon2id hash (and the
 * beat a failure waits for) would otherwise stall every connection sharing that thread. When the
 * login threads are all busy and their queue is full, the attempt fails at once. A check that
 * throws (a store error, say) is logged and answered as a failure at once: MINA would otherwise wait
 * for an answer that never comes until the connection's login timeout.
 */
final class BackgroundLogin extends AsyncAuthException {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(BackgroundLogin.class);
    private final transient Executor logins;
    private final transient BooleanSupplier check;
    private boolean started;

    BackgroundLogin(Executor logins, BooleanSupplier check) {
        this.logins = logins;
        this.check = check;
    }

    @Override
    public void addListener(Consumer<? super Boolean> listener) {
        super.addListener(listener);
        synchronized (this) {
            if (started) {
                return;
            }
            started = true;
        }
        try {
            logins.execute(this::answer);
        } catch (RejectedExecutionException e) {
            setAuthed(false);
        }
    }

    /** Runs the check and answers whatever happens; an Error still propagates, after the answer. */
    private void answer() {
        boolean authed = false;
        try {
            authed = check.getAsBoolean();
        } catch (RuntimeException e) {
            log.error("ssh: a password check failed with an error, so the login is refused", e);
        } finally {
            setAuthed(authed);
        }
    }
}
