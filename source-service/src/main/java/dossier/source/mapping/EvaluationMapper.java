package dossier.source.mapping;

import dossier.source.service.EvaluationOutbox;
import dossier.source.v1.EvaluationOwed;

/** An owed re-evaluation on the wire. */
public final class EvaluationMapper {

    public static EvaluationOwed owed(EvaluationOutbox.Pending p) {
        EvaluationOwed.Builder b = EvaluationOwed.newBuilder().setSince(p.since().toString()).setSources(p.titles().size())
                .setFailedAttempts(p.attempts()).setNextAttempt(p.nextAttempt().toString());
        if (p.lastError() != null) {
            b.setLastError(p.lastError());
        }
        return b.build();
    }

    private EvaluationMapper() {
    }
}
