package io.finterm.cli;

import io.finterm.domain.ValidationException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code finterm serve}: the full-screen app over SSH, for everyone on one store. */
@Command(name = "serve", description = "Serve the full-screen app over SSH: ssh -p PORT USER@HOST.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--port", paramLabel = "PORT", description = "The port (default from ssh.port: 2222).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default 127.0.0.1; 0.0.0.0 for all).")
    String bind;

    @Option(names = "--max-sessions", paramLabel = "N", description = "At most this many connections at once (default 50).")
    Integer maxSessions;

    @Override
    public Integer call() {
        Backend b = root.cli.backendCreatingStore();
        int p = port != null ? port : b.ssh().port();
        int max = maxSessions != null ? maxSessions : b.ssh().maxSessions();
        if (p < 0 || p > 65_535) {
            throw new ValidationException("port", p + " is not a port number");
        }
        if (max < 1) {
            throw new ValidationException("max-sessions", "must be at least 1");
        }
        return root.cli.apps.serve(b, bind != null ? bind : b.ssh().bind(), p, max);
    }
}
