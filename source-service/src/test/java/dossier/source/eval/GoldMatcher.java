package dossier.source.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;

/**
 * The matching rule between extracted and gold claims. An extracted claim matches a gold claim when
 * <ol>
 * <li>the types are equal;</li>
 * <li>the extracted claim's span overlaps the gold quote's position in the text; and</li>
 * <li>every key argument of the gold claim agrees with an extracted argument of the same role: after
 * lower-casing and folding quotes, the extracted value (or its normalised form) contains one of the
 * gold alternatives, or is itself at least three characters long and contained in one.</li>
 * </ol>
 * Gold claims are matched one to one, required ones first. A required gold claim without a match is a
 * miss; an extracted claim that matches no gold claim (required or optional) is a false positive.
 * Modality and time are scored on the matched pairs only; they do not decide a match.
 */
public final class GoldMatcher {

    public record Pair(GoldSet.GoldClaim gold, Claim claim) {
    }

    public record Outcome(String article, List<Pair> matched, List<GoldSet.GoldClaim> missed, List<Claim> falsePositives) {
    }

    public Outcome match(String articleId, String text, List<GoldSet.GoldClaim> gold, List<Claim> extracted) {
        List<Claim> free = new ArrayList<>(extracted);
        List<Pair> matched = new ArrayList<>();
        List<GoldSet.GoldClaim> missed = new ArrayList<>();
        List<GoldSet.GoldClaim> ordered = new ArrayList<>(gold.stream().filter(g -> !g.optional()).toList());
        ordered.addAll(gold.stream().filter(GoldSet.GoldClaim::optional).toList());
        for (GoldSet.GoldClaim g : ordered) {
            int at = text.indexOf(g.quote());
            if (at < 0) {
                throw new IllegalStateException(articleId + ": gold quote not in the text: " + g.quote());
            }
            Optional<Claim> hit = free.stream().filter(c -> matches(g, at, at + g.quote().length(), c)).findFirst();
            if (hit.isPresent()) {
                free.remove(hit.get());
                matched.add(new Pair(g, hit.get()));
            } else if (!g.optional()) {
                missed.add(g);
            }
        }
        return new Outcome(articleId, matched, missed, free);
    }

    static boolean matches(GoldSet.GoldClaim g, int start, int end, Claim c) {
        if (!c.type().name().equals(g.type()) || c.span().end() <= start || c.span().start() >= end) {
            return false;
        }
        for (Map.Entry<String, String> e : g.args().entrySet()) {
            boolean agrees = c.arguments().stream().filter(a -> a.role().equals(e.getKey()))
                    .anyMatch(a -> agrees(a, e.getValue()));
            if (!agrees) {
                return false;
            }
        }
        return true;
    }

    static boolean agrees(ClaimArgument a, String alternatives) {
        String value = fold(a.value());
        String normalized = fold(a.normalized());
        return Arrays.stream(alternatives.split("\\|")).map(GoldMatcher::fold).anyMatch(alt ->
                value.contains(alt) || (!normalized.isEmpty() && normalized.contains(alt))
                        || (value.length() >= 3 && alt.contains(value)));
    }

    /** Whether an extracted ISO time fits a gold time (a date, a partial date, or an interval "from/to"). */
    static boolean timeFits(String gold, String extracted) {
        if (gold == null || gold.isBlank()) {
            return true;
        }
        if (extracted == null || extracted.isBlank()) {
            return false;
        }
        if (extracted.matches("\\d{4}-W\\d{2}")) {
            // an ISO week fits when its Monday does
            java.time.LocalDate monday = java.time.LocalDate.of(Integer.parseInt(extracted.substring(0, 4)), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(extracted.substring(6)))
                    .with(java.time.DayOfWeek.MONDAY);
            return timeFits(gold, monday.toString());
        }
        if (gold.contains("/")) {
            String[] r = gold.split("/");
            String lo = r[0];
            String hi = r[1];
            return extracted.compareTo(lo.substring(0, Math.min(lo.length(), extracted.length()))) >= 0
                    && extracted.compareTo(hi) <= 0;
        }
        return extracted.equals(gold);
    }

    static String fold(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u201c', '"')
                .replace('\u201d', '"').replaceAll("\\s+", " ").strip();
    }
}
