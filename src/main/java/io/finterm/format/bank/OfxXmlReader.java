package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.domain.Text;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;

/**
 * The body of an OFX 2 file: XML, read through {@link XmlGuard} as camt.053 is, so the same rules
 * hold for both (no DTD, a DOCTYPE refused, no entity resolved, and the size, depth, text and markup
 * limits checked while the bytes come in). The {@code <?OFX OFXHEADER="200" VERSION="…"?>}
 * processing instruction gives the version.
 */
final class OfxXmlReader {
    private static final Pattern VERSION = Pattern.compile("VERSION\\s*=\\s*\"(\\d+)\"");

    private final ImportSource source;
    private final XmlGuard.Limits limits;
    private String version = "";

    OfxXmlReader(ImportSource source, XmlGuard.Limits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** The VERSION of the OFX processing instruction, or {@code ""} when there is none. */
    String version() {
        return version;
    }

    void read(OfxEvents events) {
        try (XmlGuard xml = new XmlGuard(source, limits)) {
            walk(xml, events);
        }
    }

    private void walk(XmlGuard xml, OfxEvents events) {
        Deque<String> names = new ArrayDeque<>();
        Deque<Long> lines = new ArrayDeque<>();
        Deque<Boolean> started = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        int event;
        while ((event = xml.event()) != XMLStreamConstants.END_DOCUMENT) {
            long line = xml.line();
            switch (event) {
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new FintermException(xml.name() + ": line " + line
                        + ": the entity &" + Text.clean(xml.localName()) + "; is not defined; finterm reads no entities");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    if ("OFX".equalsIgnoreCase(xml.instructionTarget())) {
                        Matcher m = VERSION.matcher(xml.instructionData());
                        version = m.find() ? m.group(1) : version;
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.localName().toUpperCase(Locale.ROOT);
                    if (names.isEmpty() && !name.equals("OFX")) {
                        throw new FintermException(xml.name() + " is not an OFX file: its first element is <" + Text.clean(name) + ">, not <OFX>");
                    }
                    if (!names.isEmpty() && !started.peek()) {
                        started.pop();
                        started.push(true);
                        events.start(names.peek(), lines.peek());
                    }
                    names.push(name);
                    lines.push(line);
                    started.push(false);
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> xml.appendText(text);
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = names.pop();
                    long at = lines.pop();
                    if (started.pop()) {
                        events.end(name, line);
                    } else {
                        events.leaf(name, text.toString().strip(), at);
                    }
                    text.setLength(0);
                }
                default -> {
                    // comments and the document's start say nothing about transactions
                }
            }
        }
    }
}
