package dossier.source.eval.events;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.support.model.EventModel;

/**
 * Whether a predicted role value agrees with a gold value (alternatives separated by '|'), by the
 * role's value type in the event model:
 * <ul>
 * <li>quantity and money: some number of the prediction equals some number of a gold alternative
 * ("a dozen" = 12, "$1.5 billion" = "1.5 billion"; currencies are not compared);</li>
 * <li>time: the predicted interval lies inside the gold interval ("May 7, 2019" fits "early May
 * 2019"; "2019" does not fit "June 2019");</li>
 * <li>everything else: every head word of a gold alternative occurs among the words of the
 * prediction (its text and normalised form), after lower-casing, folding accents, dropping the
 * stop words of matching.json and a crude plural stem ("excavators" = "excavator").</li>
 * </ul>
 */
public final class ValueMatcher {

    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*([a-z]+))?");
    private static final Pattern GOLD_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})(?:\\s+\\w+)?");

    private final EventModel model;
    private final MatchingRules rules;

    public ValueMatcher(EventModel model, MatchingRules rules) {
        this.model = model;
        this.rules = rules;
    }

    public boolean agrees(String role, String goldAlternatives, PredictedEvent.Value predicted) {
        EventModel.ValueType type = model.role(role).map(EventModel.RoleDef::type).orElse(EventModel.ValueType.TEXT);
        for (String alt : goldAlternatives.split("\\|")) {
            boolean ok = switch (type) {
                case QUANTITY, MONEY -> numbersAgree(alt, predicted);
                case TIME -> timeAgrees(alt, predicted);
                default -> wordsAgree(alt, predicted);
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** Whether two gold-style values of a role agree (used to check the corpus's own non-conflicts). */
    public boolean agreesGold(String role, String goldA, String goldB) {
        for (String b : goldB.split("\\|")) {
            if (agrees(role, goldA, goldValue(role, b))) {
                return true;
            }
        }
        return false;
    }

    /** A gold value in the form of a prediction (a time becomes its interval). */
    public PredictedEvent.Value goldValue(String role, String value) {
        Optional<String[]> interval = goldInterval(value);
        return interval.map(i -> PredictedEvent.Value.interval(value, i[0], i[1])).orElse(PredictedEvent.Value.of(value));
    }

    boolean wordsAgree(String gold, PredictedEvent.Value p) {
        Set<String> want = words(gold);
        Set<String> have = new LinkedHashSet<>(words(p.text()));
        have.addAll(words(p.normalized()));
        if (want.isEmpty()) {
            return fold(gold).equals(fold(p.text()));
        }
        return have.containsAll(want);
    }

    boolean numbersAgree(String gold, PredictedEvent.Value p) {
        List<Double> want = numbers(gold);
        List<Double> have = new ArrayList<>(numbers(p.text()));
        have.addAll(numbers(p.normalized()));
        if (p.number() != null) {
            have.add(p.number());
        }
        return want.stream().anyMatch(w -> have.stream().anyMatch(h -> Math.abs(w - h) <= 1e-9 * Math.max(1, Math.abs(w))));
    }

    boolean timeAgrees(String gold, PredictedEvent.Value p) {
        Optional<String[]> g = goldInterval(gold);
        Optional<String[]> have = predictedInterval(p);
        if (g.isEmpty() || have.isEmpty()) {
            return false;
        }
        return have.get()[0].compareTo(g.get()[0]) >= 0 && have.get()[1].compareTo(g.get()[1]) <= 0;
    }

    /** "2019-05-01/2019-05-10 part_of_month" → [2019-05-01, 2019-05-10]. */
    public static Optional<String[]> goldInterval(String gold) {
        Matcher m = GOLD_TIME.matcher(gold.strip());
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    /** The interval of a predicted time: its own, else its normalised ISO date, week, month or year. */
    static Optional<String[]> predictedInterval(PredictedEvent.Value p) {
        if (!p.start().isEmpty()) {
            return Optional.of(new String[] {p.start(), p.end().isEmpty() ? p.start() : p.end()});
        }
        String iso = p.normalized().isEmpty() ? p.text().strip() : p.normalized().strip();
        try {
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                String d = iso.substring(0, 10);
                LocalDate.parse(d);
                return Optional.of(new String[] {d, d});
            }
            if (iso.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(iso.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(iso.substring(6))).with(DayOfWeek.MONDAY);
                return Optional.of(new String[] {monday.toString(), monday.plusDays(6).toString()});
            }
            if (iso.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(iso);
                return Optional.of(new String[] {ym.atDay(1).toString(), ym.atEndOfMonth().toString()});
            }
            if (iso.matches("\\d{4}")) {
                return Optional.of(new String[] {iso + "-01-01", iso + "-12-31"});
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // not a date: does not agree with any gold time
        }
        return Optional.empty();
    }

    /** The content words of a value, folded and stemmed. */
    Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !rules.stopwords().contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** The numbers a value states, digits or words, with their multipliers ("25.5 million"). */
    List<Double> numbers(String s) {
        List<Double> out = new ArrayList<>();
        String f = fold(s);
        Matcher m = NUMBER.matcher(f);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1).replace(",", ""));
            Long mult = m.group(2) == null ? null : rules.multipliers().get(m.group(2));
            out.add(mult == null ? v : v * mult);
        }
        String[] tokens = f.split("[^\\p{L}]+");
        for (int i = 0; i < tokens.length; i++) {
            Long n = rules.numberWords().get(tokens[i]);
            if (n != null) {
                Long mult = i + 1 < tokens.length ? rules.multipliers().get(tokens[i + 1]) : null;
                out.add((double) (mult == null ? n : n * mult));
            }
        }
        return out;
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
    }

    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.chars().allMatch(Character::isDigit)) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
