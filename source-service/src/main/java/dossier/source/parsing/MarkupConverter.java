package dossier.source.parsing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns HTML or Markdown into plain text lines; scripts and styles are never kept. */
public final class MarkupConverter {

    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "figcaption",
            "blockquote", "pre", "td", "dt", "dd");
    // Linear on any input: a label cannot hold '[' and an address cannot hold '(', so the scans that
    // start at different brackets never overlap (the old "[^\\]]*" rescanned the rest of the text from
    // every '[': 50,000 '[' took 25 s). A label does not span lines, as in CommonMark.
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\[\\]\\n]*+)]\\([^()\\n]*+\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\[\\]\\n]*+)]\\([^()\\n]*+\\)");
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
        Element body = doc.body();
        List<String> lines = new ArrayList<>();
        for (Element el : innermostBlocks(body)) {
            String t = el.text().strip();
            if (!t.isEmpty()) {
                lines.add(t);
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

    /**
     * The blocks with no block inside, in document order, so nested markup is not emitted twice.
     * One pass over the tree (the old per-block search of its subtree was quadratic in the nesting:
     * 10,000 nested blocks took seconds); their subtrees are disjoint, so reading their text is linear too.
     */
    private static List<Element> innermostBlocks(Element root) {
        Set<Element> holdsBlock = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> innermost = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    boolean block = BLOCKS.contains(el.normalName());
                    if (block && !holdsBlock.contains(el)) {
                        innermost.add(el); // post-order keeps document order for disjoint subtrees
                    }
                    if ((block || holdsBlock.contains(el)) && el.parent() != null) {
                        holdsBlock.add(el.parent());
                    }
                }
            }
        }, root);
        return innermost;
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
