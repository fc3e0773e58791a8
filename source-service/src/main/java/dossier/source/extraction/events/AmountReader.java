package dossier.source.extraction.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dossier.source.domain.Amount;
import dossier.source.nlp.Token;

/**
 * Reads an amount from the tokens of a phrase: "twelve", "14", "a pair of", "more than $300,000
 * each", "about 1,500 tonnes". The number comes from CoreNLP's normalised NUMBER/MONEY value when
 * the token has one, else from the number words; bounds, "each" and currencies from
 * {@code events/amounts.json}.
 */
public final class AmountReader {

    private final Map<String, String> comparators = new LinkedHashMap<>();
    private final List<String> perUnit = new ArrayList<>();
    private final Map<String, String> currencies = new LinkedHashMap<>();
    private final Map<String, String> qualified = new LinkedHashMap<>();
    private final Map<String, Long> numberWords;
    private final Map<String, Long> magnitudes;

    public AmountReader(Map<String, Long> numberWords, Map<String, Long> magnitudes) {
        this.numberWords = numberWords;
        this.magnitudes = magnitudes;
        try (InputStream in = AmountReader.class.getClassLoader().getResourceAsStream("events/amounts.json")) {
            if (in == null) {
                throw new IllegalStateException("events/amounts.json is not on the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            root.path("comparators").properties().forEach(e -> e.getValue().forEach(w -> comparators.put(w.asText(), e.getKey())));
            root.path("perUnit").forEach(w -> perUnit.add(w.asText()));
            root.path("currencies").properties().forEach(e -> currencies.put(e.getKey(), e.getValue().asText()));
            root.path("currencyQualifiers").properties().forEach(e -> qualified.put(e.getKey(), e.getValue().asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first amount in tokens[from, to) (plus the word after, for "each"), or null. The unit is
     * the noun after the number when {@code withUnit} ("1,500 tonnes"); a count has none.
     */
    public Amount read(List<Token> tokens, int from, int to, boolean money) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            Double v = number(t);
            if (v == null) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && (magnitude(tokens.get(end)) != null || number(tokens.get(end)) != null
                    && tokens.get(end).ner().equals(t.ner()) && !t.ner().isEmpty())) {
                Long m = magnitude(tokens.get(end));
                if (m != null && !"MONEY".equals(t.ner()) && t.normalized().isEmpty()) {
                    v = v * m;
                }
                end++;
            }
            String phrase = lower(tokens, Math.max(0, i - 4), i);
            String after = lower(tokens, end, Math.min(tokens.size(), end + 2));
            String comparator = "exactly";
            for (var e : comparators.entrySet()) {
                if (phrase.endsWith(" " + e.getKey()) || phrase.equals(e.getKey())) {
                    comparator = e.getValue();
                }
            }
            boolean each = perUnit.stream().anyMatch(w -> after.equals(w) || after.startsWith(w + " "));
            String currency = money ? currency(tokens, Math.max(0, i - 2), Math.min(tokens.size(), end + 3)) : "";
            if (money && currency.isEmpty() && !"MONEY".equals(t.ner())) {
                continue;
            }
            return new Amount(v, "", currency, comparator, each);
        }
        return null;
    }

    private Double number(Token t) {
        if (t.ner().equals("NUMBER") || t.ner().equals("MONEY")) {
            try {
                String n = t.normalized().replaceAll("^[^0-9.-]+", "").replaceAll("[^0-9.Ee-].*$", "");
                if (!n.isEmpty()) {
                    return Double.parseDouble(n);
                }
            } catch (NumberFormatException e) {
                // fall through to the words
            }
        }
        String w = t.lower().replace(",", "");
        Long n = numberWords.get(w);
        if (n != null) {
            return n.doubleValue();
        }
        return w.matches("\\d+(\\.\\d+)?") ? Double.parseDouble(w) : null;
    }

    private Long magnitude(Token t) {
        return magnitudes.get(t.lower());
    }

    private String currency(List<Token> tokens, int from, int to) {
        String window = lower(tokens, from, to);
        for (var e : qualified.entrySet()) {
            if (window.contains(e.getKey())) {
                return e.getValue();
            }
        }
        for (int i = from; i < to; i++) {
            String c = currencies.get(tokens.get(i).text());
            if (c == null) {
                c = currencies.get(tokens.get(i).lower());
            }
            if (c != null) {
                return c;
            }
        }
        return "";
    }

    private static String lower(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(tokens.get(i).text().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
