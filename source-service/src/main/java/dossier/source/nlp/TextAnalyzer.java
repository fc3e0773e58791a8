package dossier.source.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.function.BiConsumer;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * Splits text into sentences and tokens with CoreNLP, tags and lemmatises every sentence, and runs
 * named entities (SUTime dates anchored on the publication date, where a sentence has a time cue)
 * and the enhanced++ dependency parse only on sentences that contain a trigger lemma of the event
 * patterns: parsing is most of CoreNLP's cost, and a sentence without such a word carries no event.
 * Thread-safe.
 */
public final class TextAnalyzer {

    /**
     * Sentences tagged or parsed as one part: parts are shared out among idle threads (small enough
     * for two cores to finish an article's 40 parsed sentences at about the same time), and a
     * deadline is checked before each.
     */
    private static final int PART = 4;

    private final NlpModels models;
    private final UniversalTags universal = UniversalTags.standard();
    private final TagCorrections corrections = TagCorrections.standard();
    private final Set<String> triggers;

    /** @param triggers lemmas that make a sentence worth parsing (from the event pattern files) */
    public TextAnalyzer(NlpModels models, Set<String> triggers) {
        this.models = models;
        this.triggers = Set.copyOf(triggers);
    }

    /**
     * Same-length copy with typographic quotes and apostrophes made ASCII, so token texts compare
     * with plain quotes and every offset stays valid for the original text.
     */
    public static String asciiPunctuation(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(switch (c) {
                case '\u2018', '\u2019', '\u02bc' -> '\'';
                case '\u201c', '\u201d', '\u201e' -> '"';
                default -> c;
            });
        }
        return sb.toString();
    }

    public List<AnalyzedSentence> analyze(String text, int from, int to) {
        return analyze(text, from, to, "");
    }

    /**
     * Analyses text[from, to); every offset returned is an offset of text. {@code documentDate}
     * (ISO yyyy-MM-dd, or empty) anchors relative dates ("last May").
     */
    public List<AnalyzedSentence> analyze(String text, int from, int to, String documentDate) {
        return analyze(text, from, to, documentDate, () -> { });
    }

    /** As above; {@code checkpoint} runs before each part of the sentences is tagged or parsed and may throw to stop. */
    public List<AnalyzedSentence> analyze(String text, int from, int to, String documentDate, Runnable checkpoint) {
        return analyze(text, List.of(new int[] {from, to}), documentDate, checkpoint);
    }

    /**
     * Analyses the ranges {from, to} of text (an article's paragraphs: each is split apart); every
     * offset returned is an offset of text. {@code checkpoint} runs before each part of the
     * sentences is tagged or parsed and may throw to stop a long analysis (the caller's deadline has
     * passed).
     */
    public List<AnalyzedSentence> analyze(String text, List<int[]> ranges, String documentDate, Runnable checkpoint) {
        String ascii = asciiPunctuation(text);
        List<Stretch> stretches = new ArrayList<>();
        for (int[] r : ranges) {
            checkpoint.run();
            String paragraph = ascii.substring(r[0], r[1]);
            stretches.add(new Stretch(r[0], paragraph, split(paragraph)));
        }
        tag(stretches, checkpoint);
        List<Stretch> deep = new ArrayList<>();
        for (Stretch st : stretches) {
            List<CoreMap> worth = new ArrayList<>();
            for (CoreMap s : st.sentences()) {
                List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens.size() <= NlpModels.MAX_PARSED_TOKENS && !heading(ascii, st.from() + tokens.getFirst().beginPosition())
                        && tokens.stream().anyMatch(t -> triggers.contains(lower(t.lemma())))) {
                    worth.add(s);
                }
            }
            deep.add(new Stretch(st.from(), st.text(), worth));
        }
        boolean dated = documentDate != null && documentDate.matches("\\d{4}-\\d{2}-\\d{2}");
        inParts(deep, checkpoint, (st, some) -> {
            List<CoreMap> timed = new ArrayList<>();
            List<CoreMap> plain = new ArrayList<>();
            for (CoreMap s : some) {
                (models.timeCues().any(s.get(CoreAnnotations.TokensAnnotation.class)) ? timed : plain).add(s);
            }
            if (!timed.isEmpty()) {
                Annotation sub = part(st.text(), timed);
                if (dated) {
                    sub.set(CoreAnnotations.DocDateAnnotation.class, documentDate);
                }
                models.ner(true).annotate(sub);
            }
            if (!plain.isEmpty()) {
                models.ner(false).annotate(part(st.text(), plain));
            }
            models.depparse().annotate(part(st.text(), some));
        });
        List<AnalyzedSentence> out = new ArrayList<>();
        for (Stretch st : stretches) {
            for (CoreMap s : st.sentences()) {
                List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
                int sStart = st.from() + labels.getFirst().beginPosition();
                int sEnd = st.from() + labels.getLast().endPosition();
                SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
                out.add(new AnalyzedSentence(sStart, sEnd, text.substring(sStart, sEnd), tokens(ascii, st.from(), labels),
                        heading(ascii, sStart), graph));
            }
        }
        return out;
    }

    /** Tokens and lemmas of a short text (a search query). */
    public List<Token> tokens(String text) {
        String ascii = asciiPunctuation(text);
        Stretch all = new Stretch(0, ascii, split(ascii));
        tag(List.of(all), () -> { });
        List<Token> out = new ArrayList<>();
        for (CoreMap s : all.sentences()) {
            out.addAll(tokens(ascii, 0, s.get(CoreAnnotations.TokensAnnotation.class)));
        }
        return out;
    }

    /** A paragraph's text (a copy of text[from, ...)) and some of its sentences, with offsets into that copy. */
    private record Stretch(int from, String text, List<CoreMap> sentences) {
    }

    /** Tokens and sentences, over-long ones cut. */
    private List<CoreMap> split(String text) {
        Annotation doc = new Annotation(text);
        models.split().annotate(doc);
        List<CoreMap> cut = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.getLast().endPosition() - tokens.getFirst().beginPosition() <= NlpModels.MAX_SENTENCE_CHARS) {
                cut.add(s);
                continue;
            }
            int first = 0;
            for (int i = 1; i <= tokens.size(); i++) {
                if (i == tokens.size() || tokens.get(i).endPosition() - tokens.get(first).beginPosition() > NlpModels.MAX_SENTENCE_CHARS) {
                    CoreMap piece = new ArrayCoreMap();
                    piece.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens.subList(first, i)));
                    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, tokens.get(first).beginPosition());
                    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, tokens.get(i - 1).endPosition());
                    piece.set(CoreAnnotations.TextAnnotation.class,
                            text.substring(tokens.get(first).beginPosition(), tokens.get(i - 1).endPosition()));
                    cut.add(piece);
                    first = i;
                }
            }
        }
        return cut;
    }

    /** Tags and lemmas, corrected. */
    private void tag(List<Stretch> stretches, Runnable checkpoint) {
        inParts(stretches, checkpoint, (st, some) -> {
            models.tag().annotate(part(st.text(), some));
            for (CoreMap s : some) {
                corrections.apply(s.get(CoreAnnotations.TokensAnnotation.class));
            }
        });
    }

    /**
     * Runs {@code work} on parts of the stretches' sentences: called in a fork/join pool (the
     * service's analysis threads), as fork/join tasks, so that a thread the pool has idle takes some
     * of them and one article alone is parsed on all cores; elsewhere one after the other.
     * {@code checkpoint} runs before each part; what a part throws is thrown here.
     */
    private static void inParts(List<Stretch> stretches, Runnable checkpoint, BiConsumer<Stretch, List<CoreMap>> work) {
        List<ForkJoinTask<?>> parts = new ArrayList<>();
        for (Stretch st : stretches) {
            List<CoreMap> sentences = st.sentences();
            for (int i = 0; i < sentences.size(); i += PART) {
                List<CoreMap> some = sentences.subList(i, Math.min(sentences.size(), i + PART));
                parts.add(ForkJoinTask.adapt(() -> {
                    checkpoint.run();
                    work.accept(st, some);
                }));
            }
        }
        if (ForkJoinTask.inForkJoinPool()) {
            ForkJoinTask.invokeAll(parts);
        } else {
            parts.forEach(ForkJoinTask::invoke);
        }
    }

    /** A document of some of the sentences (CoreNLP annotates the sentences it is given, in place). */
    private static Annotation part(String text, List<CoreMap> sentences) {
        Annotation sub = new Annotation(text);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> all = new ArrayList<>();
        sentences.forEach(s -> all.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        sub.set(CoreAnnotations.TokensAnnotation.class, all);
        return sub;
    }

    private List<Token> tokens(String ascii, int from, List<CoreLabel> labels) {
        int n = labels.size();
        String[] ptb = new String[n];
        String[] lower = new String[n];
        String[] lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            ptb[i] = l.tag();
            lower[i] = lower(ascii.substring(from + l.beginPosition(), from + l.endPosition()));
            lemmas[i] = lower(l.lemma());
        }
        String[] tags = universal.map(ptb, lower, lemmas);
        List<Token> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            int start = from + l.beginPosition();
            int end = from + l.endPosition();
            String word = ascii.substring(start, end);
            String verbLemma = tags[i].equals("VERB") || tags[i].equals("AUX") || !couldBeVerb(word, tags[i]) ? lemmas[i]
                    : lower(Morphology.lemmaStatic(word, verbTag(lower[i])));
            out.add(new Token(word, start, end, tags[i], lemmas[i], verbLemma, lower[i], ptb[i], l.ner(),
                    l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        return out;
    }

    /** The verb tag a word would have by its ending ("shipping" VBG, "ships" VBZ). */
    private static String verbTag(String lower) {
        if (lower.endsWith("ing")) {
            return "VBG";
        }
        if (lower.endsWith("ed")) {
            return "VBD";
        }
        return lower.endsWith("s") ? "VBZ" : "VB";
    }

    /** Only words made of letters (and inner hyphens or apostrophes) can be verbs. */
    private static boolean couldBeVerb(String word, String tag) {
        if (tag.equals("PUNCT") || tag.equals("NUM") || tag.equals("SYM") || word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** Whether the line holding the offset is a heading. */
    private static boolean heading(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int nl = text.indexOf('\n', offset);
        return isHeading(text.substring(start, nl < 0 ? text.length() : nl));
    }

    static boolean isHeading(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        String[] words = t.split("\\s+");
        if (".!?\"'…:".indexOf(last) < 0 && words.length <= 15) {
            return true;
        }
        // Title Case lines ("A Show of Friendship?") are section titles too
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
        return words.length <= 12 && capitalised * 10 >= words.length * 6 && last != '.';
    }
}
