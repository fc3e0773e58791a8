package dossier.entity.matching.bench;

import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatcherIndex;
import dossier.entity.matching.NameNormalizer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Precision, recall and F1 of the matcher's name score on OpenSanctions' labelled name pairs
 * (nomenklatura_name_bench_cases.csv), side by side with the peer matcher's scores (yente
 * logic-v2) on the same pairs, per case group, schema and category; then how many of the
 * cross-script pairs (watchman_cross_script_pairs.csv) match.
 * Usage: {@code NameBench cases.csv [peer_scores.csv [threshold [cross_script.csv]]] [--errors]}.
 */
public final class NameBench {

    /** The peer's own threshold (yente's default for logic-v2). */
    public static final double PEER_THRESHOLD = 0.70;

    /** One labelled pair with our score and, when the peer scored it, the peer's (else NaN). */
    public record Case(String group, String category, String schema, String name1, String name2, boolean match,
                       double score, double peerScore) {
    }

    /** Confusion counts at a threshold. */
    public record Result(int tp, int fp, int fn, int tn) {
        public int n() {
            return tp + fp + fn + tn;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d tn=%d)",
                    precision(), recall(), f1(), tp, fp, fn, tn);
        }
    }

    /** One cross-script pair and our score. */
    public record CrossScript(String script, String query, String expected, double score) {
    }

    /** Scores every labelled pair; attaches the peer's score of the same pair when a peer file is given. */
    public static List<Case> score(Path casesCsv, Path peerCsv, EntityMatcher matcher) throws IOException {
        Map<String, Double> peer = new HashMap<>();
        if (peerCsv != null && Files.exists(peerCsv)) {
            for (CSVRecord r : read(peerCsv)) {
                peer.put(key(r), Double.parseDouble(r.get("score")));
            }
        }
        List<Case> out = new ArrayList<>();
        for (CSVRecord r : read(casesCsv)) {
            String schema = r.get("schema");
            double s = matcher.compareNames(r.get("name1"), r.get("name2"), schema);
            out.add(new Case(r.get("case_group"), r.get("category"), schema, r.get("name1"), r.get("name2"),
                    Boolean.parseBoolean(r.get("is_match")), s, peer.getOrDefault(key(r), Double.NaN)));
        }
        return out;
    }

    public static Result evaluate(List<Case> cases, double threshold) {
        return evaluate(cases, threshold, Case::score);
    }

    /** The peer's result on the pairs it scored. */
    public static Result evaluatePeer(List<Case> cases, double threshold) {
        return evaluate(cases.stream().filter(c -> !Double.isNaN(c.peerScore())).toList(), threshold, Case::peerScore);
    }

    private static Result evaluate(List<Case> cases, double threshold, Function<Case, Double> score) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Case c : cases) {
            boolean predicted = score.apply(c) >= threshold;
            if (predicted && c.match()) tp++;
            else if (predicted) fp++;
            else if (c.match()) fn++;
            else tn++;
        }
        return new Result(tp, fp, fn, tn);
    }

    /** Scores the cross-script pairs ("query,expected,min score,description"; "# Script ..." headings). */
    public static List<CrossScript> crossScript(Path csv, EntityMatcher matcher) throws IOException {
        List<CrossScript> out = new ArrayList<>();
        String script = "?";
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.startsWith("#")) {
                    // section headings name the script: "# Arabic to Latin (...)"
                    String h = line.substring(1).strip();
                    int to = h.indexOf(" to ");
                    if (to > 0) script = h.substring(0, to);
                    continue;
                }
                String[] f = line.split(",");
                if (f.length < 2) continue;
                out.add(new CrossScript(script, f[0].strip(), f[1].strip(),
                        matcher.compareNames(f[0].strip(), f[1].strip(), "Person")));
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        List<String> pos = new ArrayList<>();
        boolean errors = false;
        for (String a : args) {
            if (a.equals("--errors")) errors = true;
            else pos.add(a);
        }
        Path cases = Path.of(pos.size() > 0 ? pos.get(0) : "../shared/data/nomenklatura_name_bench_cases.csv");
        Path peer = pos.size() > 1 ? Path.of(pos.get(1)) : cases.resolveSibling("nomenklatura_logicv2_scores.csv");
        double threshold = pos.size() > 2 ? Double.parseDouble(pos.get(2)) : EntityMatcher.DEFAULT_THRESHOLD;
        Path cross = pos.size() > 3 ? Path.of(pos.get(3)) : cases.resolveSibling("watchman_cross_script_pairs.csv");
        EntityMatcher matcher = new EntityMatcher(new MatcherIndex(NameNormalizer.standard()), threshold);
        List<Case> scored = score(cases, peer, matcher);
        List<Case> shared = scored.stream().filter(c -> !Double.isNaN(c.peerScore())).toList();

        System.out.printf(Locale.ROOT, "%-44s %5s %6s %6s %6s%n", "", "n", "P", "R", "F1");
        row("Dossier @" + threshold + ", all pairs", evaluate(scored, threshold));
        row("Dossier @" + threshold + ", pairs the peer scored", evaluate(shared, threshold));
        row("peer yente logic-v2 @" + PEER_THRESHOLD, evaluatePeer(scored, PEER_THRESHOLD));

        table("case group", scored, Case::group, threshold);
        table("schema", scored, Case::schema, threshold);
        table("category (labelled ones)", scored.stream().filter(c -> !c.category().isBlank()).toList(),
                Case::category, threshold);

        System.out.println("\nDossier at other thresholds:");
        for (double t = 0.5; t <= 0.951; t += 0.05) {
            System.out.printf(Locale.ROOT, "  %.2f: %s%n", t, evaluate(scored, t));
        }
        if (Files.exists(cross)) {
            List<CrossScript> cs = crossScript(cross, matcher);
            long ok = cs.stream().filter(c -> c.score() >= threshold).count();
            System.out.printf(Locale.ROOT, "%nCross-script pairs matched at %.2f: %d of %d%n", threshold, ok, cs.size());
            for (CrossScript c : cs) {
                if (c.score() < threshold) {
                    System.out.printf(Locale.ROOT, "  miss %-8s %.3f %s | %s%n", c.script(), c.score(), c.query(), c.expected());
                }
            }
        }
        if (errors) {
            System.out.println();
            for (Case c : scored) {
                boolean predicted = c.score() >= threshold;
                if (predicted != c.match()) {
                    System.out.printf(Locale.ROOT, "%s %.3f %s | %s | %s%n", predicted ? "FP" : "FN", c.score(),
                            c.schema(), c.name1(), c.name2());
                }
            }
        }
    }

    private static void row(String label, Result r) {
        System.out.printf(Locale.ROOT, "%-44s %5d %6.3f %6.3f %6.3f%n", label, r.n(), r.precision(), r.recall(), r.f1());
    }

    /** Per group: Dossier and the peer side by side (the peer on the pairs it scored). */
    private static void table(String title, List<Case> cases, Function<Case, String> groupBy, double threshold) {
        Map<String, List<Case>> groups = new TreeMap<>();
        cases.forEach(c -> groups.computeIfAbsent(groupBy.apply(c).isBlank() ? "-" : groupBy.apply(c),
                k -> new ArrayList<>()).add(c));
        System.out.printf(Locale.ROOT, "%nby %s%n  %-34s %5s %6s %6s %6s | %5s %6s %6s %6s%n", title, "",
                "n", "P", "R", "F1", "peer n", "P", "R", "F1");
        groups.forEach((g, list) -> {
            Result d = evaluate(list, threshold), p = evaluatePeer(list, PEER_THRESHOLD);
            System.out.printf(Locale.ROOT, "  %-34s %5d %6.3f %6.3f %6.3f | %5d %6.3f %6.3f %6.3f%n",
                    g.length() > 34 ? g.substring(0, 34) : g, d.n(), d.precision(), d.recall(), d.f1(),
                    p.n(), p.precision(), p.recall(), p.f1());
        });
    }

    private static String key(CSVRecord r) {
        return r.get("schema") + "\u0000" + r.get("name1") + "\u0000" + r.get("name2");
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
