package dossier.entity.matching.bench;

import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatcherIndex;
import dossier.entity.matching.NameNormalizer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

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

/**
 * Precision, recall and F1 of the matcher's name score on OpenSanctions' labelled name pairs
 * (nomenklatura_name_bench_cases.csv), next to the peer matcher's scores (yente logic-v2) on the
 * same pairs. Usage: {@code NameBench [cases.csv [peer_scores.csv [threshold]]]}.
 */
public final class NameBench {

    /** One labelled pair with our score. */
    public record Case(String schema, String name1, String name2, boolean match, double score) {
    }

    /** Confusion counts at a threshold. */
    public record Result(int tp, int fp, int fn, int tn) {
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

    public static List<Case> score(Path casesCsv, EntityMatcher matcher) throws IOException {
        List<Case> out = new ArrayList<>();
        for (CSVRecord r : read(casesCsv)) {
            String schema = r.get("schema");
            double s = matcher.compareNames(r.get("name1"), r.get("name2"), schema);
            out.add(new Case(schema, r.get("name1"), r.get("name2"), Boolean.parseBoolean(r.get("is_match")), s));
        }
        return out;
    }

    public static Result evaluate(List<Case> cases, double threshold) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Case c : cases) {
            boolean predicted = c.score() >= threshold;
            if (predicted && c.match()) tp++;
            else if (predicted) fp++;
            else if (c.match()) fn++;
            else tn++;
        }
        return new Result(tp, fp, fn, tn);
    }

    public static Result peer(Path scoresCsv, double threshold) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (CSVRecord r : read(scoresCsv)) {
            cases.add(new Case(r.get("schema"), r.get("name1"), r.get("name2"),
                    Boolean.parseBoolean(r.get("is_match")), Double.parseDouble(r.get("score"))));
        }
        return evaluate(cases, threshold);
    }

    public static void main(String[] args) throws IOException {
        Path cases = Path.of(args.length > 0 ? args[0] : "../../shared/data/nomenklatura_name_bench_cases.csv");
        Path peer = Path.of(args.length > 1 ? args[1] : "../../shared/data/nomenklatura_logicv2_scores.csv");
        double threshold = args.length > 2 ? Double.parseDouble(args[2]) : EntityMatcher.DEFAULT_THRESHOLD;
        EntityMatcher matcher = new EntityMatcher(new MatcherIndex(NameNormalizer.standard()), threshold);
        List<Case> scored = score(cases, matcher);
        System.out.println("dossier matcher @" + threshold + ": " + evaluate(scored, threshold));
        if (Files.exists(peer)) {
            System.out.println("peer (yente logic-v2) @" + threshold + ": " + peer(peer, threshold));
        }
        Map<String, List<Case>> bySchema = new HashMap<>();
        scored.forEach(c -> bySchema.computeIfAbsent(c.schema(), k -> new ArrayList<>()).add(c));
        bySchema.forEach((k, v) -> System.out.println("  " + k + ": " + evaluate(v, threshold)));
        for (double t = 0.5; t <= 0.951; t += 0.05) {
            System.out.printf(Locale.ROOT, "  threshold %.2f: %s%n", t, evaluate(scored, t));
        }
        if (args.length > 3 && args[3].equals("--errors")) {
            for (Case c : scored) {
                boolean predicted = c.score() >= threshold;
                if (predicted != c.match()) {
                    System.out.printf(Locale.ROOT, "%s %.3f %s | %s | %s%n", predicted ? "FP" : "FN", c.score(),
                            c.schema(), c.name1(), c.name2());
                }
            }
        }
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
