package dossier.source.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns HTML or Markdown into plain text lines; scripts and styles are never kept. */
public final class MarkupConverter {

    private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,figcaption,blockquote,pre,td,dt,dd";
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s*");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final Pattern MD_QUOTE_OR_LIST = Pattern.compile("(?m)^\\s{0,3}(>\\s?|[-+*]\\s+)");

    public String toPlainText(String input, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("text/html") || type.equals("html")) {
            return html(input);
        }
        if (type.startsWith("text/markdown") || type.equals("markdown")) {
            return markdown(input);
        }
        return input;
    }

    private static String html(String input) {
        Document doc = Jsoup.parse(input);
        doc.select("script,style,noscript,template,iframe").remove();
        List<String> lines = new ArrayList<>();
        Element body = doc.body();
        for (Element el : body.select(BLOCKS)) {
            // Only the innermost blocks, so nested markup is not emitted twice.
            if (el.select(BLOCKS).size() == 1) {
                String t = el.text().strip();
                if (!t.isEmpty()) {
                    lines.add(t);
                }
            }
        }
        if (lines.isEmpty()) {
            String t = body.wholeText().strip();
            return t.isEmpty() ? doc.title() : t;
        }
        if (body.select("h1").isEmpty() && !doc.title().isBlank()) {
            lines.add(0, doc.title().strip());
        }
        return String.join("\n\n", lines);
    }

    // Markdown here is only a lightly marked-up article; the marks are removed, not rendered.
    private static String markdown(String input) {
        String s = MD_IMAGE.matcher(input).replaceAll("$1");
        s = MD_LINK.matcher(s).replaceAll("$1");
        s = MD_HEADING.matcher(s).replaceAll("");
        s = MD_QUOTE_OR_LIST.matcher(s).replaceAll("");
        return MD_EMPHASIS.matcher(s).replaceAll("");
    }
}
