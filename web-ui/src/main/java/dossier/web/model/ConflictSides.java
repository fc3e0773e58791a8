package dossier.web.model;

import dossier.source.v1.Claim;
import dossier.source.v1.Conflict;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A conflict as columns side by side: each competing value with the independent lines behind it
 * and, per source, the exact sentence that gives it (the value's words marked inside the
 * sentence), with the outlet and date.
 */
public final class ConflictSides {

    /** One competing value. */
    public record Side(String value, int independentLines, List<Witness> witnesses) {
    }

    /**
     * One source's sentence for a value: {@code markStart..markEnd} is where the value's words stand in
     * the sentence (both -1 when the sentence words it differently).
     */
    public record Witness(String sourceId, String claimId, String outlet, String published, String sourceTitle,
            String sentence, int markStart, int markEnd, Target target) {
    }

    private ConflictSides() {
    }

    public static List<Side> of(Conflict conflict, CaseFileIndex index, java.util.Map<String, Source> sources) {
        List<Side> out = new ArrayList<>();
        for (SlotValue v : conflict.getValuesList()) {
            List<Witness> witnesses = new ArrayList<>();
            List<String> covered = new ArrayList<>();
            for (String claimId : v.getClaimIdsList()) {
                Optional<Claim> c = index.claim(claimId);
                if (c.isEmpty()) {
                    continue;
                }
                witnesses.add(witness(c.get(), v.getValue(), sources.get(c.get().getSourceId())));
                covered.add(c.get().getSourceId());
            }
            // a source named without a claim in the file is still listed, without its sentence
            for (String sourceId : v.getSourceIdsList()) {
                if (!covered.contains(sourceId)) {
                    Source s = sources.get(sourceId);
                    witnesses.add(new Witness(sourceId, "", s == null ? "" : s.getOutlet(),
                            s == null ? "" : s.getPublishedDate(), index.sourceTitle(sourceId), "", -1, -1,
                            Target.source(sourceId)));
                }
            }
            out.add(new Side(v.getValue(), v.getIndependentLines(), witnesses));
        }
        return out;
    }

    static Witness witness(Claim c, String value, Source s) {
        String sentence = c.hasSpan() ? c.getSpan().getText() : c.getSummary();
        int at = value.isBlank() ? -1 : sentence.toLowerCase(Locale.ROOT).indexOf(value.toLowerCase(Locale.ROOT));
        return new Witness(c.getSourceId(), c.getId(), s == null ? "" : s.getOutlet(),
                s == null ? "" : s.getPublishedDate(), s == null ? c.getSourceId() : (s.getTitle().isBlank() ? s.getId() : s.getTitle()),
                sentence, at, at < 0 ? -1 : at + value.length(), Target.sentence(c.getSourceId(), c.getId()));
    }
}
