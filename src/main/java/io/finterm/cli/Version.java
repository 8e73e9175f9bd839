package io.finterm.cli;

import java.util.Objects;
import picocli.CommandLine;

/** The version from the jar's manifest, or "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {
    public static final String VERSION =
            Objects.requireNonNullElse(Version.class.getPackage().getImplementationVersion(), "dev");

    @Override
    public String[] getVersion() {
        return new String[] {"finterm " + VERSION};
    }
}
