package dossier.web.model;

import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.ReasoningStep;
import dossier.source.v1.Claim;
import dossier.source.v1.Modality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence of one reasoning element without repetition: per source its strongest sentence,
 * the other sentences of that source behind a count, the same sentence never twice (several claims
 * often rest on one sentence).
 */
public final class EvidenceDigest {

    /** One source's support: its strongest sentence and the others it has. */
    public record PerSource(String sourceId, String sourceTitle, Evidence strongest, List<Evidence> others) {
    }

    private EvidenceDigest() {
    }

    public static List<PerSource> of(ReasoningStep step, CaseFileIndex index) {
        Map<String, List<Evidence>> bySource = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Evidence e : index.evidenceOf(step)) {
            if (seen.add(sentenceKey(e))) {
                bySource.computeIfAbsent(e.getSourceId(), k -> new ArrayList<>()).add(e);
            }
        }
        Comparator<Evidence> strongestFirst = Comparator
                .comparingDouble((Evidence e) -> -index.claim(e.getClaimId()).map(Claim::getConfidence).orElse(0.0))
                .thenComparingInt(e -> index.claim(e.getClaimId()).map(c -> modalityRank(c.getModality())).orElse(9));
        List<PerSource> out = new ArrayList<>();
        bySource.forEach((source, list) -> {
            List<Evidence> sorted = new ArrayList<>(list);
            sorted.sort(strongestFirst);   // stable: among equals the service's order stays
            String title = sorted.get(0).getSourceTitle().isBlank() ? index.sourceTitle(source) : sorted.get(0).getSourceTitle();
            out.add(new PerSource(source, title, sorted.get(0), List.copyOf(sorted.subList(1, sorted.size()))));
        });
        return out;
    }

    /** The same words of the same source are one sentence, whichever claim points at them. */
    static String sentenceKey(Evidence e) {
        if (e.hasSpan() && !e.getSpan().getText().isBlank()) {
            return e.getSourceId() + "|" + e.getSpan().getStart() + "|" + e.getSpan().getText();
        }
        return e.getSourceId() + "|claim|" + e.getClaimId();
    }

    /** Assertions before reports before allegations and speculation; a denial supports least. */
    static int modalityRank(Modality m) {
        return switch (m) {
            case ASSERTED -> 0;
            case REPORTED -> 1;
            case ALLEGED -> 2;
            case SPECULATIVE -> 3;
            case DENIED -> 4;
            case MODALITY_UNSPECIFIED, UNRECOGNIZED -> 5;
        };
    }
}
