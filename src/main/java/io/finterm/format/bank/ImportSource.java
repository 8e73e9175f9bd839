package io.finterm.format.bank;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where an import's bytes come from: a file, or standard input saved aside first. It can be opened
 * more than once, because detection may need to read a whole file before its rows are read.
 */
public interface ImportSource {
    /** The file's name as the person gave it (no directory), for messages and the import's record. */
    String name();

    /** A fresh stream from the first byte; the caller closes it. */
    InputStream open() throws IOException;
}
