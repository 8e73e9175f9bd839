package io.finterm.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/**
 * Opens the journal's file channels. The store takes one so that a test can hand it channels that
 * fail as a full disk does; everything else uses {@link #DEFAULT}.
 */
@FunctionalInterface
interface FileChannels {
    FileChannels DEFAULT = FileChannel::open;

    FileChannel open(Path file, OpenOption... options) throws IOException;
}
