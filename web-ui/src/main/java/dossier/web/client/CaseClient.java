package dossier.web.client;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.ListCasesResponse;

/** The cases of sanctions-service, as the UI needs them. Failures arrive as {@link ServiceException}. */
public interface CaseClient {

    String SERVICE = "sanctions-service";

    ListCasesResponse listCases(int limit, int offset);

    Case createCase(String title, String description, String analyst);

    EvaluateCaseResponse evaluateCase(String caseId);

    CaseFile getCaseFile(String caseId);
}
