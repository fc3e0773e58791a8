package dossier.source.client;

/** Whether a case exists, asked of sanctions-service (which owns cases). */
public interface CaseDirectory {

    /**
     * @throws dossier.source.domain.DependencyUnavailableException when sanctions-service cannot be reached
     */
    boolean exists(String caseId);
}
