package dossier.web.client;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.DismissHitRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.ExportCaseFileResponse;
import dossier.sanctions.v1.ExportFormat;
import dossier.sanctions.v1.GetCaseHistoryResponse;
import dossier.sanctions.v1.ListCasesResponse;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.sanctions.v1.Verdict;

/** The cases of sanctions-service, as the UI needs them. Failures arrive as {@link ServiceException}. */
public interface CaseClient {

    String SERVICE = "sanctions-service";

    ListCasesResponse listCases(int limit, int offset);

    Case createCase(String title, String description, String analyst);

    EvaluateCaseResponse evaluateCase(String caseId);

    CaseFile getCaseFile(String caseId);

    /** The case alone (status, when last evaluated), cheap enough to ask again while waiting. */
    Case getCase(String caseId);

    Case updateCase(UpdateCaseRequest request);

    ExportCaseFileResponse exportCaseFile(String caseId, ExportFormat format);

    Verdict overrideVerdict(OverrideVerdictRequest request);

    GetCaseHistoryResponse caseHistory(String caseId, int limit, int offset);

    ScreeningHit dismissHit(DismissHitRequest request);
}
