package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.util.ArrayList;
import java.util.List;

/**
 * One small part of a camt file held in memory, such as one {@code Ntry} or the {@code Acct}: its
 * local name, line, {@code Ccy} attribute, text and children. The file as a whole is streamed; only
 * the part being read is a tree, and a part is refused past {@value #MAX_ELEMENTS} elements.
 */
record CamtNode(String name, long line, String ccy, String text, List<CamtNode> children) {
    static final int MAX_ELEMENTS = 200_000;

    /** Reads the element whose start tag {@code xml} stands on, through its end tag. */
    static CamtNode read(XmlGuard xml) {
        return read(xml, new int[1]);
    }

    private static CamtNode read(XmlGuard xml, int[] elements) {
        if (++elements[0] > MAX_ELEMENTS) {
            throw new FintermException(xml.name() + ": line " + xml.line() + ": one entry holds over " + MAX_ELEMENTS
                    + " elements, more than any bank statement; finterm refuses the file");
        }
        String name = xml.localName();
        long line = xml.line();
        String ccy = xml.attribute("Ccy");
        String text = xml.text();
        if (text != null) {
            return new CamtNode(name, line, ccy, text, List.of());
        }
        List<CamtNode> children = new ArrayList<>();
        do {
            children.add(read(xml, elements));
        } while (xml.nextChild());
        return new CamtNode(name, line, ccy, null, children);
    }

    /** The first child of that name, or {@code null}. */
    CamtNode child(String childName) {
        for (CamtNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** Every child of that name, in order. */
    List<CamtNode> all(String childName) {
        List<CamtNode> found = new ArrayList<>();
        for (CamtNode c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The node down a path of child names, or {@code null} where the path breaks. */
    CamtNode at(String... path) {
        CamtNode n = this;
        for (String p : path) {
            n = n == null ? null : n.child(p);
        }
        return n;
    }

    /** The stripped text down a path, or {@code null} when there is none or it has children. */
    String textAt(String... path) {
        CamtNode n = at(path);
        return n == null || n.text == null ? null : n.text.strip();
    }
}
