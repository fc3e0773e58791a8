package dossier.sanctions.lists;

import java.util.ArrayList;
import java.util.List;

/** A small element tree for one list record, so each record is read as a whole. */
final class XmlNode {
    final String name;
    final StringBuilder text = new StringBuilder();
    final List<XmlNode> children = new ArrayList<>();

    XmlNode(String name) {
        this.name = name;
    }

    /**
     * The element's text on one line: the UN list breaks some values (designations, names in their
     * original script, comments) over several lines, which are one value; every run of white space
     * becomes one space.
     */
    String text() {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    List<XmlNode> all(String child) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(child)) {
                out.add(c);
            }
        }
        return out;
    }

    String value(String child) {
        for (XmlNode c : children) {
            if (c.name.equals(child)) {
                return c.text();
            }
        }
        return "";
    }

    /** Texts of child/VALUE elements (UN lists wrap repeated values that way). */
    List<String> values(String child) {
        List<String> out = new ArrayList<>();
        for (XmlNode c : all(child)) {
            for (XmlNode v : c.all("VALUE")) {
                if (!v.text().isEmpty()) {
                    out.add(v.text());
                }
            }
        }
        return out;
    }
}
