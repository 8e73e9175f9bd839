package io.finterm.format.bank;

import io.finterm.domain.FintermException;

/**
 * Watches the raw bytes of an XML file on their way to the parser and stops it before it holds a
 * giant piece of markup in memory. The JDK parser hands texts over in pieces (which {@link XmlGuard}
 * limits), but it reads a tag with its attributes, a comment, a processing instruction or a DOCTYPE
 * whole; here each of them is refused past {@link #MAX} bytes. Zero bytes are passed over, so that
 * the markup of a UTF-16 file is seen too (XML never holds a real zero).
 */
final class MarkupGuard {
    static final int MAX = 1 << 20;
    private static final String COMMENT_START = "!--";
    private static final String CDATA_START = "![CDATA[";

    private enum Mode { TEXT, OPEN, TAG, DECLARATION, COMMENT, INSTRUCTION, CDATA }

    private final String name;
    private final int max;
    private Mode mode = Mode.TEXT;
    private final StringBuilder opening = new StringBuilder();
    private long line = 1;
    private long startLine;
    private int length;
    private int quote;
    private int brackets;
    private int previous;
    private int beforePrevious;

    MarkupGuard(String name, int max) {
        this.name = name;
        this.max = max;
    }

    void accept(byte[] bytes, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            accept(bytes[i] & 0xff);
        }
    }

    void accept(int b) {
        if (b == 0) {
            return;
        }
        if (b == '\n') {
            line++;
        }
        if (mode == Mode.TEXT) {
            if (b == '<') {
                mode = Mode.OPEN;
                opening.setLength(0);
                length = 1;
                startLine = line;
            }
            return;
        }
        if (++length > max) {
            throw new FintermException(name + ": line " + startLine + ": one tag, comment or declaration is over " + (max >> 10)
                    + " KiB, more than a bank statement ever holds; finterm refuses the file");
        }
        switch (mode) {
            case OPEN -> open(b);
            case TAG, DECLARATION -> tag(b);
            case COMMENT -> end(b == '>' && previous == '-' && beforePrevious == '-' && length >= "<!---->".length()); // not "<!-->"
            case INSTRUCTION -> end(b == '>' && previous == '?' && length >= "<??>".length());
            case CDATA -> end(b == '>' && previous == ']' && beforePrevious == ']');
            default -> throw new IllegalStateException(mode.name());
        }
        beforePrevious = previous;
        previous = b;
    }

    /** Decides, from the characters after '<', which kind of markup this is. */
    private void open(int b) {
        opening.append((char) b);
        String o = opening.toString();
        if (o.equals("?")) {
            mode = Mode.INSTRUCTION;
        } else if (o.equals(COMMENT_START)) {
            mode = Mode.COMMENT;
        } else if (o.equals(CDATA_START)) {
            mode = Mode.CDATA;
        } else if (o.charAt(0) == '!') {
            if (!COMMENT_START.startsWith(o) && !CDATA_START.startsWith(o)) {
                mode = Mode.DECLARATION;
                quote = 0;
                brackets = 0;
                tag(b);
            }
        } else {
            mode = Mode.TAG;
            quote = 0;
            brackets = 0;
            tag(b);
        }
    }

    /** A tag or declaration ends at a '>' outside quotes (and, for a DOCTYPE, outside its [internal subset]). */
    private void tag(int b) {
        if (quote != 0) {
            quote = b == quote ? 0 : quote;
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '[' && mode == Mode.DECLARATION) {
            brackets++;
        } else if (b == ']' && mode == Mode.DECLARATION && brackets > 0) {
            brackets--;
        } else if (b == '>' && brackets == 0) {
            mode = Mode.TEXT;
        }
    }

    private void end(boolean ended) {
        if (ended) {
            mode = Mode.TEXT;
        }
    }
}
