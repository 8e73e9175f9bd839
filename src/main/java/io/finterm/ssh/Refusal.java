package io.finterm.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** A refused request: one line on standard error, exit status 1, and nothing run. */
final class Refusal implements Command {
    static final String ONLY_THE_APP = "finterm offers only its full-screen app; connect without a command: ssh -p PORT USER@HOST";

    private final String message;
    private OutputStream err;

    Refusal(String message) {
        this.message = message + "\n";
    }
    private ExitCallback exit;

    @Override
    public void setInputStream(java.io.InputStream in) {
    }

    @Override
    public void setOutputStream(OutputStream out) {
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        err.write(message.getBytes(StandardCharsets.UTF_8));
        err.flush();
        exit.onExit(1, "refused");
    }

    @Override
    public void destroy(ChannelSession channel) {
    }
}
