package dossier.source.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dossier.source.domain.ClaimArgument;
import dossier.source.domain.MentionRef;
import dossier.source.domain.TextSpan;
import dossier.source.nlp.AnalyzedSentence;
import dossier.source.nlp.Token;

/**
 * One sentence with the mentions that fall in it and the phrase helpers the rules share
 * (noun phrases forwards and backwards, clause ends, arguments built from token ranges).
 */
final class SentenceContext {

    private static final java.util.Set<String> CLAUSE_OPENERS =
            java.util.Set.of("when", "while", "because", "although", "though", "which", "who", "whom", "whose");

    final AnalyzedSentence s;
    final String text;
    final Lexicon lex;
    final List<MentionRef> mentions;

    SentenceContext(AnalyzedSentence s, String text, Lexicon lex, List<MentionRef> allMentions) {
        this.s = s;
        this.text = text;
        this.lex = lex;
        this.mentions = allMentions.stream()
                .filter(m -> m.span().start() >= s.start() && m.span().end() <= s.end()).toList();
    }

    int size() {
        return s.size();
    }

    Token t(int i) {
        return s.get(i);
    }

    String lower(int i) {
        return i >= 0 && i < s.size() ? s.get(i).lower() : "";
    }

    boolean isVerbIn(int i, java.util.Set<String> lemmas) {
        Token t = t(i);
        if (t.is("PROPN") || (i > 0 && t(i - 1).text().equals("-") && t(i - 1).end() == t.start())) {
            return false; // "Iranian-supplied" is an adjective, not an event
        }
        if (t.is("VERB") && lemmas.contains(t.lemma())) {
            return true;
        }
        String l = t.lower();
        return (l.endsWith("ing") || l.endsWith("ed")) && lemmas.contains(t.verbLemma());
    }

    /** The mention covering token i, if any. */
    Optional<MentionRef> mentionAt(int i) {
        Token t = t(i);
        return mentions.stream().filter(m -> m.span().start() <= t.start() && t.end() <= m.span().end()).findFirst();
    }

    /** The last mention lying entirely in tokens [from, to). */
    Optional<MentionRef> lastMentionIn(int from, int to) {
        if (from >= to || from < 0) {
            return Optional.empty();
        }
        int a = t(from).start();
        int b = t(Math.min(to, size()) - 1).end();
        MentionRef best = null;
        for (MentionRef m : mentions) {
            if (m.span().start() >= a && m.span().end() <= b) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Nearest mention ending before token i and starting at or after token min. */
    Optional<MentionRef> mentionBefore(int i, int min) {
        return lastMentionIn(Math.max(0, min), i);
    }

    boolean npToken(int i) {
        if (i < 0 || i >= size()) {
            return false;
        }
        Token t = t(i);
        String l = t.lower();
        if (lex.dateWords().contains(l) && !(l.equals("may") && !t.capitalized())) {
            return false; // "confirmed the sale Friday": the day is not part of the thing
        }
        if ((l.equals("'s") || l.equals("'")) && i > 0 && i + 1 < size() && t(i - 1).isNounLike()) {
            return true; // possessive inside a phrase ("Mr. Lee's crew"), whatever the tagger called it
        }
        // "diesel last week": a time phrase ends the thing before it
        if (lex.timeModifiers().contains(l) && i + 1 < size() && lex.timeNouns().contains(t(i + 1).lemma())) {
            return false;
        }
        if (lex.timeNouns().contains(t.lemma()) && i > 0 && lex.timeModifiers().contains(lower(i - 1))) {
            return false;
        }
        boolean afterHyphen = i > 0 && t(i - 1).text().equals("-") && t(i - 1).end() == t.start();
        if (t.is("VERB") && i > 0 && lex.isItemNoun(t.lower()) && !lex.transferVerbs().contains(t.verbLemma())
                && (t(i - 1).isNounLike() || t(i - 1).is("ADJ") || t(i - 1).is("NUM") || t(i - 1).is("VERB"))) {
            return true; // "gold Swiss watches": the tagger took the plural noun for a verb
        }
        switch (t.tag()) {
            case "NOUN", "PROPN", "NUM", "ADJ", "SYM" -> {
                return true;
            }
            case "DET" -> {
                return !l.equals("that") && !l.equals("which");
            }
            case "PRON" -> {
                return l.equals("his") || l.equals("her") || l.equals("its") || l.equals("their") || l.equals("our");
            }
            case "PART" -> {
                return l.equals("'s") || l.equals("'");
            }
            case "PUNCT" -> {
                // hyphenated compounds ("high-end", "Mercedes-Maybach") stay together
                return l.equals("-") && i > 0 && i + 1 < size()
                        && t(i - 1).end() == t.start() && t.end() == t(i + 1).start();
            }
            case "VERB" -> {
                // participles used as modifiers: "armored truck", "French-made rifle"
                if (afterHyphen) {
                    return true; // "state-run", "Washington-based"
                }
                return (l.endsWith("ed") || l.equals("made") || l.endsWith("-made")) && i + 1 < size()
                        && (t(i + 1).isNounLike() || t(i + 1).is("ADJ") || t(i + 1).is("VERB"))
                        && !(i > 0 && t(i - 1).is("AUX"));
            }
            case "ADV" -> {
                return i + 1 < size() && t(i + 1).is("ADJ");
            }
            default -> {
                return false;
            }
        }
    }

    /** End (exclusive) of the noun phrase starting at i, with one "of NP" tail; i when none. */
    int npEnd(int i) {
        int j = i;
        while (j < size() && npToken(j) && !(j > i && t(j).is("DET"))) {
            j++;
        }
        if (!hasNoun(i, j)) {
            return i;
        }
        if (j + 1 < size() && lower(j).equals("of") && npToken(j + 1)) {
            int k = npEnd(j + 1);
            if (k > j + 1) {
                j = k;
            }
        }
        return coverMentions(i, j);
    }

    /** Moves end past a mention that starts inside [from, end) but ends later (a name mis-tagged at its end). */
    int coverMentions(int from, int end) {
        if (end <= from) {
            return end;
        }
        int a = t(from).start();
        int b = t(end - 1).end();
        int e = end;
        for (MentionRef m : mentions) {
            if (m.span().start() >= a && m.span().start() < b && m.span().end() > b) {
                while (e < size() && t(e).start() < m.span().end()) {
                    e++;
                }
            }
        }
        return e;
    }

    /** Like npEnd, also across a list "A, B, and C". */
    int npListEnd(int i) {
        int j = npEnd(i);
        while (j > i && j + 1 < size()) {
            int k = j;
            if (lower(k).equals(",")) {
                k++;
            }
            if (lower(k).equals("and") || lower(k).equals("or")) {
                k++;
            }
            if (k == j || !npToken(k)) {
                break;
            }
            int e = npEnd(k);
            boolean joined = lower(k - 1).equals("and") || lower(k - 1).equals("or");
            // "A, B, and C" is a list; "fuel, its operator said" is not
            if (e == k || !(joined || lower(e).equals(",") || lower(e).equals("and") || lower(e).equals("or"))) {
                break;
            }
            j = e;
        }
        return j;
    }

    /** End of an amount of goods from i: "more than 800 luxury vehicles", "about 1,500 tonnes of oil". */
    int itemEnd(int i) {
        int k = i;
        while (k < size() && k - i < 3 && lex.approximators().contains(lower(k))) {
            k++;
        }
        return k > i && k < size() && t(k).is("NUM") ? npListEnd(k) : npListEnd(i);
    }

    /** Start of the noun phrase that ends just before i (possessives included); i when none. */
    int npStart(int i) {
        int j = i;
        while (j - 1 >= 0 && npToken(j - 1)) {
            j--;
            if (t(j).is("DET")) {
                break;
            }
        }
        while (j < i && !t(j).isNounLike() && !t(j).is("DET") && !t(j).is("ADJ") && !t(j).is("PRON")) {
            j++;
        }
        return hasNoun(j, i) ? j : i;
    }

    /** Index before i skipping auxiliaries, adverbs, particles ("has presented", "may have unknowingly"). */
    int skipBackAux(int i) {
        int j = i - 1;
        while (j >= 0 && (t(j).is("AUX") || t(j).is("ADV") || (t(j).is("PART") && !lower(j).equals("'s"))
                || lex.hedges().contains(lower(j)))) {
            j--;
        }
        return j + 1;
    }

    /**
     * End (exclusive) of the subject of the verb at v: before auxiliaries and adverbs, a time phrase
     * ("on Monday", "last week"), and a relative clause or apposition set off by commas
     * ("Aster Shipping, which manages the tanker, denied").
     */
    int subjectEnd(int v) {
        int j = skipBackAux(v);
        if (j > 0 && lex.dateWords().contains(lower(j - 1))) {
            j -= lower(j - 2).equals("on") ? 2 : 1;
        } else if (j > 1 && lex.timeNouns().contains(t(j - 1).lemma()) && lex.timeModifiers().contains(lower(j - 2))) {
            j -= 2;
        }
        j = skipBackAux(j);
        if (j > 1 && lower(j - 1).equals(",")) {
            int open = -1;
            for (int k = j - 2; k > 0; k--) {
                if (lower(k).equals(",")) {
                    open = k;
                    break;
                }
            }
            if (open > 0) {
                boolean relative = CLAUSE_OPENERS.contains(lower(open + 1));
                boolean apposition = true;
                for (int k = open + 1; k < j - 1; k++) {
                    apposition &= !(t(k).is("VERB") || t(k).is("AUX")) || npToken(k);
                }
                int appositionEnd = t(j - 2).end();
                if (apposition && !relative && lastMentionIn(open + 1, j - 1)
                        .filter(m -> m.span().end() >= appositionEnd).isPresent()) {
                    return j - 1; // "A tanker, the Sea Lark, pumped": the apposition names it
                }
                if ((relative || apposition) && npStart(open) < open) {
                    return open;
                }
            }
        }
        return j;
    }

    boolean hasNoun(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t(k).isNounLike() || (t(k).is("PRON") && !t(k).lower().matches("his|her|its|their|our"))
                    || (t(k).is("VERB") && lex.isItemNoun(t(k).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** Index of the end of the clause that contains i: the next comma, semicolon, dash or the end. */
    int clauseEnd(int i) {
        for (int k = i; k < size(); k++) {
            String l = lower(k);
            if (l.equals(",") || l.equals(";") || l.equals("—") || l.equals("–") || l.equals(":") || l.equals("(")
                    || (l.equals(".") && k == size() - 1) || l.equals("but")
                    || (k > i && (t(k).is("SCONJ") && !l.equals("that") || CLAUSE_OPENERS.contains(l)))) {
                return k;
            }
        }
        return size();
    }

    TextSpan span(int from, int to) {
        return TextSpan.of(text, t(from).start(), t(to - 1).end());
    }

    String textOf(int from, int to) {
        return from >= to ? "" : text.substring(t(from).start(), t(to - 1).end());
    }

    /** An argument from a token range: the head mention gives the entity. */
    ClaimArgument arg(String role, int from, int to) {
        // only the head names the whole phrase: "Mr. Lee's crew" is not Mr. Lee
        Optional<MentionRef> head = lastMentionIn(from, to).filter(m -> m.span().end() >= t(to - 1).end());
        return new ClaimArgument(role, textOf(from, to), head.map(MentionRef::entityId).orElse(""), span(from, to),
                normalized(from, to), names(from, to));
    }

    /** The tokens an argument of this sentence covers; empty for one told elsewhere. */
    int[] range(ClaimArgument a) {
        return a.span() == null ? new int[] {0, 0} : range(a.span());
    }

    /** The tokens within a span of this sentence, from the first at or after its start. */
    private int[] range(TextSpan span) {
        int from = s.indexAt(span.start());
        int to = from;
        while (to < size() && t(to).end() <= span.end()) {
            to++;
        }
        return new int[] {from, to};
    }

    ClaimArgument mentionArg(String role, MentionRef m) {
        int[] r = range(m.span());
        return new ClaimArgument(role, m.span().text(), m.entityId(), m.span(),
                m.caption().isEmpty() ? normalized(r[0], r[1]) : m.caption(), names(r[0], r[1]));
    }

    /** Content lemmas, lower case, without determiners and punctuation. */
    String normalized(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Token t = t(k);
            if (t.isPunct() || lex.stopwords().contains(t.lower())) {
                continue;
            }
            out.add(t.is("NUM") ? t.text().toLowerCase(Locale.ROOT) : t.lemma());
        }
        return String.join(" ", out);
    }

    /** Proper-name tokens (lower case): what tells "a Volvo" from "a Toyota". */
    List<String> names(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Token t = t(k);
            boolean modifier = t.text().endsWith("-") || (k + 1 < size() && t(k + 1).text().equals("-")
                    && k + 2 < size() && !t(k + 2).capitalized());
            if (t.capitalized() && (t.is("PROPN") || t.is("NOUN")) && !modifier
                    && !lex.honorifics().contains(t.lower()) && !lex.dateWords().contains(t.lower())
                    && !(k == 0 && !t.is("PROPN"))) {
                out.add(t.lower());
            }
        }
        return out;
    }

    /** Index of the first token equal to word at or after i, or -1. */
    int find(String word, int from) {
        for (int k = Math.max(0, from); k < size(); k++) {
            if (lower(k).equals(word)) {
                return k;
            }
        }
        return -1;
    }
}
