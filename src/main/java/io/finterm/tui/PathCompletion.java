package io.finterm.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes a typed path against the files of this machine, as a shell's Tab does: {@code ~} is the
 * home directory, a relative path starts in the working directory, a directory completes with a
 * {@code /}, and where several names fit, the text grows to what they share and the names are
 * offered. Hidden files are offered only once a {@code .} is typed. Used only where the person sits
 * at this machine ({@link TuiContext#localFiles()}).
 */
final class PathCompletion {
    /** How many names of a directory are read at most: a huge directory must not stall the screen. */
    static final int MAX_NAMES = 5_000;

    /**
     * @param text       the path, completed as far as it goes
     * @param candidates the names that fit (directories with a {@code /}), when more than one does
     * @param problem    why nothing fits, or {@code null}
     */
    record Completed(String text, List<String> candidates, String problem) {
    }

    private final Path home;
    private final Path workingDirectory;

    PathCompletion(Path home, Path workingDirectory) {
        this.home = home;
        this.workingDirectory = workingDirectory;
    }

    /** For the person at this machine: their home and the directory finterm was started in. */
    static PathCompletion here() {
        return new PathCompletion(Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath());
    }

    /** The file or directory {@code typed} names: {@code ~} expanded, a relative path from the working directory. */
    Path resolve(String typed) {
        String t = typed.strip();
        try {
            if (t.equals("~")) {
                return home;
            }
            if (t.startsWith("~/")) {
                return home.resolve(t.substring(2));
            }
            return workingDirectory.resolve(t);
        } catch (InvalidPathException e) {
            throw new io.finterm.domain.ValidationException("file", "'" + t + "' is not a path: " + e.getReason());
        }
    }

    Completed complete(String typed) {
        String t = typed.strip();
        if (t.equals("~")) {
            t = "~/";
        }
        int slash = t.lastIndexOf('/');
        String folder = slash < 0 ? "" : t.substring(0, slash + 1);
        String prefix = t.substring(slash + 1);
        Path dir = folder.isEmpty() ? workingDirectory : resolve(folder);
        if (!Files.isDirectory(dir)) {
            return new Completed(typed, List.of(), "there is no folder " + (folder.isEmpty() ? dir.toString() : folder));
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && (prefix.startsWith(".") || !name.startsWith("."))) {
                    names.add(Files.isDirectory(entry) ? name + "/" : name);
                }
                if (names.size() >= MAX_NAMES) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return new Completed(typed, List.of(), "cannot read the folder " + dir + ": " + e.getMessage());
        } catch (SecurityException e) {
            return new Completed(typed, List.of(), "not allowed to read the folder " + dir);
        }
        names.sort(null);
        if (names.isEmpty()) {
            return new Completed(typed, List.of(), prefix.isEmpty() ? "the folder " + dir + " is empty"
                    : "nothing in " + dir + " starts with '" + prefix + "'");
        }
        if (names.size() == 1) {
            return new Completed(folder + names.get(0), List.of(), null);
        }
        return new Completed(folder + shared(names), names, null);
    }

    /** The longest start that every name has. */
    private static String shared(List<String> names) {
        String first = names.get(0);
        int n = first.length();
        for (String name : names) {
            int i = 0;
            while (i < Math.min(n, name.length()) && name.charAt(i) == first.charAt(i)) {
                i++;
            }
            n = i;
        }
        return first.substring(0, n);
    }
}
