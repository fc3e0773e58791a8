package dossier.sanctions.client;

import dossier.source.v1.Claim;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.Source;

import java.util.List;

/** What sanctions-service needs from source-service. Throws DependencyUnavailableException when it is down. */
public interface SourceLibrary {
    List<Claim> claims(String caseId);

    /** The sources of a case with their mentions, without full text. */
    List<Source> sources(String caseId);

    ListConflictsResponse conflicts(String caseId);
}
