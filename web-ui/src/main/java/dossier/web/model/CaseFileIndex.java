package dossier.web.model;

import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.ReasoningStep;
import dossier.source.v1.Claim;
import dossier.source.v1.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lookups across one case file: source titles by id, claims by id and by source, highlights per source. */
public final class CaseFileIndex {

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final List<Evidence> evidence;

    public CaseFileIndex(CaseFile file) {
        file.getSourcesList().forEach(s -> sources.put(s.getId(), s));
        file.getClaimsList().forEach(c -> claims.put(c.getId(), c));
        evidence = file.getEvidenceList();
    }

    /**
     * A reasoning step's evidence, whichever form the file came in: in place, or by reference to the
     * file's evidence table (GetCaseFileRequest.evidence_by_reference, as this UI asks for it).
     */
    public List<Evidence> evidenceOf(ReasoningStep step) {
        if (step.getEvidenceCount() > 0 || step.getEvidenceRefsCount() == 0) {
            return step.getEvidenceList();
        }
        List<Evidence> out = new ArrayList<>(step.getEvidenceRefsCount());
        for (int i : step.getEvidenceRefsList()) {
            if (i >= 0 && i < evidence.size()) {
                out.add(evidence.get(i));
            }
        }
        return out;
    }

    /** The source's title, else its outlet, else its id (a source the file does not include). */
    public String sourceTitle(String sourceId) {
        Source s = sources.get(sourceId);
        if (s == null) {
            return sourceId;
        }
        if (!s.getTitle().isBlank()) {
            return s.getTitle();
        }
        return s.getOutlet().isBlank() ? sourceId : s.getOutlet();
    }

    public Optional<Claim> claim(String claimId) {
        return Optional.ofNullable(claims.get(claimId));
    }

    public List<Claim> claimsOf(String sourceId) {
        return claims.values().stream().filter(c -> c.getSourceId().equals(sourceId)).toList();
    }

    /** The text whose offsets the claim spans use; the body when the full text was left out. */
    public static String displayText(Source source) {
        return source.getText().isBlank() ? source.getBody() : source.getText();
    }

    /** One highlight per claim of the source, labelled with the claim's type and summary. */
    public List<Highlight> highlightsOf(Source source) {
        List<Highlight> out = new ArrayList<>();
        for (Claim c : claimsOf(source.getId())) {
            if (!c.hasSpan()) {
                continue;
            }
            String note = Formats.humanize(c.getType().name())
                    + (c.getSummary().isBlank() ? "" : ": " + c.getSummary());
            out.add(new Highlight(c.getSpan().getStart(), c.getSpan().getEnd(), c.getSpan().getText(),
                    note, c.getId()));
        }
        return out;
    }

    public List<TextSegment> segmentsOf(Source source) {
        return TextHighlighter.segments(displayText(source), highlightsOf(source));
    }
}
