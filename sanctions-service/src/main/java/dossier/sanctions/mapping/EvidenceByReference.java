package dossier.sanctions.mapping;

import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.Verdict;

import java.util.HashMap;
import java.util.Map;

/**
 * A case file with every evidence entry of its verdicts' reasoning once (GetCaseFileRequest's
 * evidence_by_reference): the entries go to CaseFile.evidence and each step points at them by
 * position. The same sentences support many elements of many verdicts: in the Aurus case 506 of
 * the file's 611 KB were repeated evidence, which every reader paid to encode, encrypt and parse.
 */
public final class EvidenceByReference {

    private EvidenceByReference() {
    }

    public static CaseFile of(CaseFile file) {
        Map<Evidence, Integer> positions = new HashMap<>();
        CaseFile.Builder out = file.toBuilder().clearVerdicts().clearEvidence();
        for (Verdict v : file.getVerdictsList()) {
            Verdict.Builder verdict = v.toBuilder().clearReasoning();
            for (ReasoningStep s : v.getReasoningList()) {
                ReasoningStep.Builder step = s.toBuilder().clearEvidence().clearEvidenceRefs();
                for (Evidence e : s.getEvidenceList()) {
                    Integer at = positions.get(e);
                    if (at == null) {
                        at = positions.size();
                        positions.put(e, at);
                        out.addEvidence(e);
                    }
                    step.addEvidenceRefs(at);
                }
                verdict.addReasoning(step);
            }
            out.addVerdicts(verdict);
        }
        return out.build();
    }
}
