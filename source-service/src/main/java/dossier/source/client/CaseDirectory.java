package dossier.source.client;

/** Cases, owned by sanctions-service: whether one exists, and asking it to re-evaluate one. */
public interface CaseDirectory {

    /**
     * @throws dossier.source.domain.DependencyUnavailableException when sanctions-service cannot be reached
     */
    boolean exists(String caseId);

    /**
     * Asks sanctions-service to re-evaluate the case (CaseService.EvaluateCase); reason goes into the
     * history of every verdict that changes.
     *
     * @throws dossier.source.domain.DependencyUnavailableException when sanctions-service cannot be reached or fails
     */
    void evaluate(String caseId, String reason);
}
