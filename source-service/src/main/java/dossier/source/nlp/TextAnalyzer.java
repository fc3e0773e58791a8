package dossier.source.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits text into lines, sentences and tokens, and tags and lemmatises them with OpenNLP.
 * Not thread-safe (it holds ME instances): keep one per thread.
 */
public final class TextAnalyzer {

    // A possessive or contraction the tokenizer left glued to its word ("Lee's", "didn't").
    private static final Pattern CLITIC = Pattern.compile("(?i)^(.+?)('s|'|n't|'re|'ve|'ll|'d|'m)$");

    static final int MAX_SENTENCE_CHARS = 1500;

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final GreedyPosTagger tagger;
    private final LemmatizerME lemmatizer;
    private final Lemmas lemmas;

    public TextAnalyzer(NlpModels models) {
        this.lemmas = models.lemmas();
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new GreedyPosTagger(models.pos());
        this.lemmatizer = new LemmatizerME(models.lemmatizer());
    }

    /**
     * Same-length copy with typographic quotes and apostrophes made ASCII: the models were trained
     * on ASCII punctuation, and equal length keeps every offset valid for the original text.
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

    /** Analyses text[from, to); every offset returned is an offset of text. */
    public List<AnalyzedSentence> analyze(String text, int from, int to) {
        String ascii = asciiPunctuation(text);
        List<AnalyzedSentence> out = new ArrayList<>();
        int lineStart = from;
        while (lineStart < to) {
            int nl = ascii.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > to ? to : nl;
            String line = ascii.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                boolean heading = isHeading(line);
                for (int[] s : mergeContinuations(line, sentenceDetector.sentPosDetect(line))) {
                    int sStart = lineStart + s[0];
                    int sEnd = lineStart + s[1];
                    List<Token> tokens = tokenize(ascii, sStart, sEnd);
                    if (!tokens.isEmpty()) {
                        out.add(new AnalyzedSentence(sStart, sEnd, text.substring(sStart, sEnd), tokens, heading));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * The detector sometimes ends a sentence inside an amount ("worth $3.5 | million, ..."); a
     * "sentence" that starts with a lower-case letter continues the one before.
     */
    static List<int[]> mergeContinuations(String line, Span[] spans) {
        List<int[]> out = new ArrayList<>();
        for (Span s : spans) {
            String first = line.substring(s.getStart(), s.getEnd()).strip();
            if (!out.isEmpty() && !first.isEmpty() && Character.isLowerCase(first.codePointAt(0))) {
                out.getLast()[1] = s.getEnd();
            } else {
                out.add(new int[] {s.getStart(), s.getEnd()});
            }
        }
        return capped(line, out);
    }

    /**
     * No real sentence is this long; a line without full stops (a table, a run-on dump) is cut at
     * spaces so tagging stays linear in the text instead of one enormous beam search.
     */
    private static List<int[]> capped(String line, List<int[]> spans) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            int start = s[0];
            while (s[1] - start > MAX_SENTENCE_CHARS) {
                int cut = line.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
                if (cut <= start) {
                    cut = start + MAX_SENTENCE_CHARS;
                }
                out.add(new int[] {start, cut});
                start = cut;
                while (start < s[1] && line.charAt(start) == ' ') {
                    start++;
                }
            }
            if (start < s[1]) {
                out.add(new int[] {start, s[1]});
            }
        }
        return out;
    }

    /** Tokens and lemmas of a short text (a search query). */
    public List<Token> tokens(String text) {
        return tokenize(asciiPunctuation(text), 0, text.length());
    }

    private static boolean isHeading(String line) {
        String t = line.strip();
        char last = t.charAt(t.length() - 1);
        String[] words = t.split("\\s+");
        if (".!?\"'…:".indexOf(last) < 0 && words.length <= 15) {
            return true;
        }
        // Title Case lines ("A Show of Friendship?") are section titles too
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
        return words.length <= 12 && capitalised * 10 >= words.length * 6 && last != '.';
    }

    private List<Token> tokenize(String ascii, int start, int end) {
        String sentence = ascii.substring(start, end);
        List<int[]> spans = new ArrayList<>();
        for (Span s : tokenizer.tokenizePos(sentence)) {
            String tok = sentence.substring(s.getStart(), s.getEnd());
            // a clitic starts with an apostrophe after at least one character: other tokens (nearly all) skip the pattern
            Matcher m = tok.indexOf('\'', 1) > 0 ? CLITIC.matcher(tok) : null;
            if (m != null && m.matches() && !m.group(1).endsWith("'")) {
                int cut = s.getStart() + m.group(1).length();
                spans.add(new int[] {s.getStart(), cut});
                spans.add(new int[] {cut, s.getEnd()});
            } else {
                spans.add(new int[] {s.getStart(), s.getEnd()});
            }
        }
        String[] words = spans.stream().map(p -> sentence.substring(p[0], p[1])).toArray(String[]::new);
        if (words.length == 0) {
            return List.of();
        }
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String tag = tags[i].contains("+") ? tags[i].substring(0, tags[i].indexOf('+')) : tags[i];
            String lemma = lemmas.of(words[i], tags[i], lemmatizer);
            // the tagger sometimes calls a gerund or a "-s" verb a noun; verb rules also look at this
            String verbLemma = tag.equals("VERB") || !Lemmas.couldBeVerb(words[i], tag) ? lemma
                    : lemmas.of(words[i], "VERB", lemmatizer);
            tokens.add(new Token(words[i], start + spans.get(i)[0], start + spans.get(i)[1], tag, lemma, verbLemma));
        }
        return tokens;
    }
}
