package dossier.web.ui;

import java.util.Locale;

/** A small SVG writer: every text and attribute value is escaped (names and sentences come from sources). */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    Svg open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Svg empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Svg close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Svg text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag attrs>text</tag>}. */
    Svg element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    private void attributes(String... nameValues) {
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] == null) {
                continue;
            }
            out.append(' ').append(nameValues[i]).append("=\"").append(escape(nameValues[i + 1])).append('"');
        }
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
