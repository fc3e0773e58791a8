package dossier.source.eval;

import dossier.source.domain.Claim;

/**
 * Prints precision and recall of the claim extraction against the gold files, per claim type and
 * overall, with every miss and false positive, and the scores of the cross-source comparison.
 * Run: ./mvnw -B -q -pl source-service -am package -DskipTests && ./mvnw -B -q -pl source-service exec:java@claims-eval
 */
public final class ClaimsEval {

    public static void main(String[] args) {
        String[] files = args.length > 0 ? args : new String[] {"gold/seed-claims.json", "gold/genre-claims.json"};
        for (String f : files) {
            print(ClaimsEvaluation.run(f));
        }
    }

    static void print(ClaimsEvaluation.Report r) {
        System.out.println("== " + r.name());
        r.byType().forEach((type, s) -> System.out.printf("  %-16s %s%n", type, s));
        System.out.printf("  %-16s %s%n", "OVERALL", r.overall());
        System.out.printf("  modality agrees on %d of %d matched; time fits on %d of %d labelled%n", r.modalityAgree(),
                r.overall().truePositives, r.timeAgree(), r.timeLabelled());
        System.out.printf("  conflicts        %s%n", r.conflicts());
        System.out.printf("  corroborations   %s%n", r.comparisons());
        for (GoldMatcher.Outcome o : r.outcomes()) {
            o.missed().forEach(g -> System.out.printf("  MISS %s %s %s \"%s\"%n", o.article(), g.type(), g.args(), g.quote()));
            o.falsePositives().forEach(c -> System.out.printf("  FP   %s %s%n", o.article(), describe(c)));
            o.matched().stream().filter(p -> !p.gold().optional()).forEach(p -> {
                if (!p.claim().modality().name().equals(p.gold().modality())) {
                    System.out.printf("  MODALITY %s %s: %s, gold %s%n", o.article(), describe(p.claim()), p.claim().modality(), p.gold().modality());
                }
                if (!GoldMatcher.timeFits(p.gold().time(), p.claim().time())) {
                    System.out.printf("  TIME %s %s: %s, gold %s%n", o.article(), describe(p.claim()), p.claim().time(), p.gold().time());
                }
            });
        }
        r.comparisonNotes().forEach(n -> System.out.println("  " + n));
    }

    static String describe(Claim c) {
        StringBuilder b = new StringBuilder(c.type().name()).append(' ');
        c.arguments().forEach(a -> b.append(a.role()).append('=').append(a.value()).append("; "));
        return b.append("[").append(c.span().text().replace('\n', ' ')).append("]").toString();
    }

    private ClaimsEval() {
    }
}
