package dossier.entity.matching;

import java.util.List;

/** A scored candidate: the subject, score in [0,1], whether it passes, the best name, the reasons. */
public record NameMatch(MatchSubject subject, double score, boolean passesThreshold,
                        String matchedName, NameKind matchedKind, List<MatchReason> reasons) {
}
