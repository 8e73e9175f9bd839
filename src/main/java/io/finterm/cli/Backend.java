package io.finterm.cli;

import io.finterm.service.Services;
import io.finterm.store.Store;
import java.nio.file.Path;

/** The open store and the services over it, as the application wires them. */
public record Backend(Path dataDirectory, Store store, Services services) {

    /** Opens the backend for the {@code --data} and {@code --config} options (either may be {@code null}). */
    public interface Factory {
        Backend open(Path data, Path config);
    }
}
