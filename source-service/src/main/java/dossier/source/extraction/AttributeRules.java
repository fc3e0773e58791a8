package dossier.source.extraction;

import static dossier.source.domain.ModelNames.ATTRIBUTE;
import static dossier.source.domain.ModelNames.SUBJECT;
import static dossier.source.domain.ModelNames.VALUE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;

/**
 * Properties of a thing: its model ("the car is an X", "the car, an X,"), its price ("priced at",
 * "worth"), when its maker was founded ("established in 2018").
 */
final class AttributeRules {

    void apply(ClaimExtractor.Sentence st, List<Claim> out) {
        SentenceContext c = st.c;
        for (int i = 0; i < c.size(); i++) {
            model(st, c, i, out);
            price(st, c, i, out);
            founded(st, c, i, out);
        }
    }

    private void model(ClaimExtractor.Sentence st, SentenceContext c, int i, List<Claim> out) {
        int valueFrom;
        int subjFrom;
        int subjTo;
        if (c.t(i).is("AUX") && c.t(i).lemma().equals("be")) {
            valueFrom = i + 1;
            while (valueFrom < c.size() && c.t(valueFrom).is("ADV")) {
                valueFrom++;
            }
            subjTo = i;
            subjFrom = i;
            while (subjFrom > 0 && !c.lower(subjFrom - 1).equals(",") && !c.lower(subjFrom - 1).equals("that")
                    && !c.t(subjFrom - 1).is("SCONJ") && !c.t(subjFrom - 1).is("VERB")) {
                subjFrom--;
            }
        } else if (c.lower(i).equals(",") && i > 0 && c.t(i - 1).is("NOUN")) {
            // apposition: "The car, an X, ..."
            valueFrom = i + 1;
            subjTo = i;
            subjFrom = c.npStart(i);
        } else {
            return;
        }
        if (valueFrom + 1 >= c.size() || !(c.lower(valueFrom).equals("a") || c.lower(valueFrom).equals("an"))) {
            return;
        }
        var name = c.t(valueFrom + 1);
        if (!name.capitalized() || !(name.is("PROPN") || name.is("NOUN"))) {
            return;
        }
        int valueTo = c.npEnd(valueFrom);
        if (valueTo <= valueFrom || subjFrom >= subjTo || !itemSubject(c, subjFrom, subjTo)) {
            return;
        }
        if (c.lower(i).equals(",") && !c.lower(valueTo).equals(",")) {
            return;
        }
        List<ClaimArgument> args = new ArrayList<>();
        args.add(c.arg(SUBJECT, subjFrom, subjTo));
        args.add(new ClaimArgument(ATTRIBUTE, "model", "", null, "model", List.of()));
        args.add(c.arg(VALUE, valueFrom, valueTo));
        out.add(st.claim(ClaimType.ATTRIBUTE, "be", args, 0));
    }

    private boolean itemSubject(SentenceContext c, int from, int to) {
        for (int k = from; k < to; k++) {
            String lemma = c.t(k).lemma();
            if (!c.lex.kindOf(lemma).equals(lemma) || (to - from == 1 && c.lower(k).equals("it"))) {
                return true;
            }
        }
        return false;
    }

    private void price(ClaimExtractor.Sentence st, SentenceContext c, int i, List<Claim> out) {
        if (!c.lex.priceCues().contains(c.lower(i))) {
            return;
        }
        int from = i + 1;
        while (from < c.size() && (c.lower(from).equals("at") || c.lower(from).equals("of"))) {
            from++;
        }
        int to = from;
        boolean number = false;
        while (to < c.size()) {
            var t = c.t(to);
            String l = t.lower();
            boolean money = t.is("NUM") || t.is("SYM") || l.matches("\\p{Sc}.*") || c.lex.magnitudes().containsKey(l)
                    || c.lex.approximators().contains(l) || l.equals(",");
            if (!money) {
                break;
            }
            number |= t.is("NUM") || l.matches(".*\\d.*");
            to++;
        }
        while (to > from && (c.t(to - 1).isPunct() || c.lex.approximators().contains(c.lower(to - 1)))) {
            to--;
        }
        if (!number || to <= from) {
            return;
        }
        int p = i - 1;
        while (p >= 0 && (c.t(p).is("AUX") || c.t(p).is("ADV") || c.lower(p).equals(","))) {
            p--;
        }
        int subjStart = c.npStart(p + 1);
        if (subjStart > p) {
            return;
        }
        List<ClaimArgument> args = new ArrayList<>();
        args.add(c.arg(SUBJECT, subjStart, p + 1));
        args.add(new ClaimArgument(ATTRIBUTE, "price", "", null, "price", List.of()));
        ClaimArgument v = c.arg(VALUE, from, to);
        args.add(new ClaimArgument(VALUE, v.value(), "", v.span(), usd(v.value(), c.lex), List.of()));
        out.add(st.claim(ClaimType.ATTRIBUTE, "price", args, 0));
    }

    /** "just over $194,500" → "194500 USD"; other currencies are kept as written. */
    static String usd(String value, Lexicon lex) {
        var m = java.util.regex.Pattern.compile("\\$\\s*([\\d,.]+)\\s*(\\w+)?").matcher(value);
        if (!m.find()) {
            return value.toLowerCase(Locale.ROOT);
        }
        double n = Double.parseDouble(m.group(1).replace(",", ""));
        Long mult = m.group(2) == null ? null : lex.magnitudes().get(m.group(2).toLowerCase(Locale.ROOT));
        return String.format(Locale.ROOT, "%.0f USD", n * (mult == null ? 1 : mult));
    }

    private void founded(ClaimExtractor.Sentence st, SentenceContext c, int i, List<Claim> out) {
        if (i + 2 < c.size() && c.lower(i + 1).equals("since") && isYear(c, i + 2)) {
            foundedSince(st, c, i, out);
            return;
        }
        if (!c.lex.foundedCues().contains(c.lower(i)) || !c.lower(i + 1).equals("in") || i + 2 >= c.size()
                || !isYear(c, i + 2)) {
            return;
        }
        int subjStart = c.npStart(i);
        if (subjStart >= i) {
            return;
        }
        List<ClaimArgument> args = new ArrayList<>();
        args.add(c.arg(SUBJECT, subjStart, i));
        args.add(new ClaimArgument(ATTRIBUTE, "founded", "", null, "founded", List.of()));
        args.add(c.arg(VALUE, i + 2, i + 3));
        out.add(st.claim(ClaimType.ATTRIBUTE, "found", args, 0));
    }

    private static boolean isYear(SentenceContext c, int i) {
        return c.t(i).text().matches("(1[89]|20)\\d{2}");
    }

    /** "X has been in business since 2018": i is the last word before "since". */
    private void foundedSince(ClaimExtractor.Sentence st, SentenceContext c, int i, List<Claim> out) {
        int been = -1;
        for (int k = i; k >= Math.max(0, i - 3); k--) {
            if (c.lower(k).equals("been")) {
                been = k;
            }
        }
        if (been < 0 || !c.lex.existenceCues().contains(c.textOf(been + 1, i + 1).toLowerCase(Locale.ROOT))) {
            return;
        }
        int subjEnd = c.skipBackAux(been);
        int subjStart = c.npStart(subjEnd);
        if (subjStart >= subjEnd) {
            return;
        }
        List<ClaimArgument> args = new ArrayList<>();
        args.add(c.arg(SUBJECT, subjStart, subjEnd));
        args.add(new ClaimArgument(ATTRIBUTE, "founded", "", null, "founded", List.of()));
        args.add(c.arg(VALUE, i + 2, i + 3));
        out.add(st.claim(ClaimType.ATTRIBUTE, "found", args, 0));
    }
}
