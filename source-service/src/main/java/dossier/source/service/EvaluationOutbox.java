package dossier.source.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The re-evaluations still owed to sanctions-service, kept where they survive a crash: an ingest
 * writes its case's entry before it answers, and the entry goes only once an evaluation that saw
 * those sources has succeeded. A failed or interrupted re-evaluation is so retried, with back-off,
 * until it is done — after an outage of sanctions-service or a restart of this one — and a case
 * whose evaluation is owed says so (ListSourcesResponse.evaluation).
 */
public interface EvaluationOutbox {

    /** Records that a source titled {@code title} was added to the case; durable on return. */
    void add(String caseId, String title);

    /** The case's entry, if an evaluation is owed. */
    Optional<Pending> of(String caseId);

    /** An evaluation that saw these sources succeeded: they are no longer owed (the entry goes when none is left). */
    void done(String caseId, List<String> titles);

    /** An evaluation failed: one attempt more, the next no sooner than {@code nextAttempt}. */
    void failed(String caseId, String error, Instant nextAttempt);

    /** Every entry whose next attempt is due. */
    List<Pending> due(Instant now);

    /** An owed evaluation: the sources added since it was owed, since when, how many attempts failed, and why the last did. */
    record Pending(String caseId, List<String> titles, Instant since, int attempts, Instant nextAttempt, String lastError) {
    }
}
