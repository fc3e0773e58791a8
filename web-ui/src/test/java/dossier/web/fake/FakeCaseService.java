package dossier.web.fake;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.DismissHitRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.ExportCaseFileRequest;
import dossier.sanctions.v1.ExportCaseFileResponse;
import dossier.sanctions.v1.ExportFormat;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.GetCaseHistoryRequest;
import dossier.sanctions.v1.GetCaseHistoryResponse;
import dossier.sanctions.v1.GetCaseRequest;
import dossier.sanctions.v1.HitDismissal;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ListCasesResponse;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictChange;
import dossier.sanctions.v1.VerdictOverride;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * sanctions-service's CaseService in memory, on {@link CaseFileFixture}'s case: the analysts'
 * changes (case details, overrides, dismissed hits) are kept and come back in the case file and its
 * history, with the input checks the contract documents, so the UI's error paths are real ones.
 */
public class FakeCaseService extends CaseServiceGrpc.CaseServiceImplBase {

    /** Number of wire reports in the fixture's history: more changes than one page of the UI holds. */
    public static final int HISTORY_REPORTS = 24;

    static final List<Case> CASES = new CopyOnWriteArrayList<>();
    private static CaseFile file;
    private static final List<VerdictChange> HISTORY = new ArrayList<>();
    /** Every export asked for, so a test sees the UI called the service. */
    public static final List<ExportCaseFileRequest> EXPORTS = new CopyOnWriteArrayList<>();
    /** When set, the next export fails with this status (a format the service cannot produce yet ...). */
    public static volatile Status nextExportFailure;

    public static synchronized void reset() {
        CASES.clear();
        CASES.add(CaseFileFixture.theCase());
        file = CaseFileFixture.caseFile();
        HISTORY.clear();
        HISTORY.addAll(CaseFileFixture.history(HISTORY_REPORTS));
        EXPORTS.clear();
        nextExportFailure = null;
    }

    /** An evaluation finished now: the case's evaluated_at moves on. */
    public static synchronized void markEvaluated() {
        String now = Instant.now().toString();
        Case c = file.getCase().toBuilder().setEvaluatedAt(now).build();
        file = file.toBuilder().setCase(c).build();
        CASES.replaceAll(x -> x.getId().equals(c.getId()) ? x.toBuilder().setEvaluatedAt(now).build() : x);
    }

    /** The case file as GetCaseFile returns it now. */
    public static synchronized CaseFile current() {
        return file.toBuilder().clearHistory().addAllHistory(HISTORY).build();
    }

    private static <T> void answer(StreamObserver<T> out, Supplier<T> call) {
        FakeCalls.answer(FakeCaseService.class, out, call);
    }

    private static StatusRuntimeException invalid(String message) {
        return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
    }

    private static void requireCase(String id) {
        if (id.isBlank()) {
            throw invalid("case_id is required");
        }
        if (!CaseFileFixture.CASE_ID.equals(id)) {
            throw Status.NOT_FOUND.withDescription("No case " + id).asRuntimeException();
        }
    }

    @Override
    public void listCases(ListCasesRequest request, StreamObserver<ListCasesResponse> out) {
        answer(out, () -> ListCasesResponse.newBuilder().addAllCases(CASES).setTotal(CASES.size()).build());
    }

    @Override
    public void getCase(GetCaseRequest request, StreamObserver<Case> out) {
        answer(out, () -> CASES.stream().filter(c -> c.getId().equals(request.getId())).findFirst()
                .orElseThrow(() -> Status.NOT_FOUND.withDescription("No case " + request.getId()).asRuntimeException()));
    }

    @Override
    public void createCase(CreateCaseRequest request, StreamObserver<Case> out) {
        answer(out, () -> {
            if (request.getTitle().isBlank()) {
                throw invalid("A case needs a title");
            }
            Case c = Case.newBuilder().setId("case-" + (CASES.size() + 1)).setTitle(request.getTitle())
                    .setDescription(request.getDescription()).setCreatedAt("2026-11-04T08:00:00Z").build();
            CASES.add(0, c);
            return c;
        });
    }

    @Override
    public void evaluateCase(EvaluateCaseRequest request, StreamObserver<EvaluateCaseResponse> out) {
        answer(out, () -> {
            requireCase(request.getCaseId());
            // overrides and dismissed hits stay through re-evaluation, as the contract says
            return EvaluateCaseResponse.newBuilder().setCase(file.getCase())
                    .addAllIncidents(file.getIncidentsList()).addAllVerdicts(file.getVerdictsList()).build();
        });
    }

    @Override
    public void getCaseFile(GetCaseFileRequest request, StreamObserver<CaseFile> out) {
        if (LargeCaseFixture.CASE_ID.equals(request.getCaseId())) {
            out.onNext(LARGE);
            out.onCompleted();
            // when the case file left the service: the start of the overview's render measurement
            lastLargeCaseFileSentAt = System.currentTimeMillis();
            return;
        }
        answer(out, () -> {
            requireCase(request.getCaseId());
            return current();
        });
    }

    private static final CaseFile LARGE = LargeCaseFixture.caseFile();
    /** Epoch millis when GetCaseFile last returned the large case. */
    public static volatile long lastLargeCaseFileSentAt;

    @Override
    public void updateCase(UpdateCaseRequest request, StreamObserver<Case> out) {
        answer(out, () -> {
            if (request.getId().isBlank()) {
                throw invalid("id is required");
            }
            requireCase(request.getId());
            Case.Builder c = file.getCase().toBuilder().setUpdatedAt(Instant.now().toString());
            if (request.getStatus() != CaseStatus.CASE_STATUS_UNSPECIFIED) {
                c.setStatus(request.getStatus());
            }
            if (!request.getAssignedAnalyst().isBlank()) {
                c.setAssignedAnalyst(request.getAssignedAnalyst());
            }
            if (request.hasNotes()) {
                c.setNotes(request.getNotes());
            }
            file = file.toBuilder().setCase(c).build();
            CASES.replaceAll(k -> k.getId().equals(request.getId()) ? c.build() : k);
            return c.build();
        });
    }

    @Override
    public void exportCaseFile(ExportCaseFileRequest request, StreamObserver<ExportCaseFileResponse> out) {
        answer(out, () -> {
            EXPORTS.add(request);
            Status failure = nextExportFailure;
            nextExportFailure = null;
            if (failure != null) {
                throw failure.asRuntimeException();
            }
            requireCase(request.getCaseId());
            CaseFile f = current();
            String base = "case-" + f.getCase().getId();
            return switch (request.getFormat()) {
                case JSON -> export("application/json", base + ".json", json(f));
                case MARKDOWN -> export("text/markdown; charset=utf-8", base + ".md",
                        "# " + f.getCase().getTitle() + "\n\n" + f.getVerdictsList().stream()
                                .map(v -> "- " + v.getMeasureId() + ": " + effective(v) + "\n")
                                .reduce("", String::concat));
                case PDF -> export("application/pdf", base + ".pdf", "%PDF-1.4\n% " + f.getCase().getTitle() + "\n%%EOF\n");
                case EXPORT_FORMAT_UNSPECIFIED, UNRECOGNIZED -> throw invalid("format is required: JSON, MARKDOWN or PDF");
            };
        });
    }

    private static String json(CaseFile f) {
        try {
            return JsonFormat.printer().print(f);
        } catch (InvalidProtocolBufferException e) {
            throw Status.INTERNAL.withDescription("export failed").asRuntimeException();
        }
    }

    private static ExportCaseFileResponse export(String type, String name, String content) {
        return ExportCaseFileResponse.newBuilder().setContentType(type).setFilename(name)
                .setContent(ByteString.copyFrom(content, StandardCharsets.UTF_8)).build();
    }

    @Override
    public void overrideVerdict(OverrideVerdictRequest request, StreamObserver<Verdict> out) {
        answer(out, () -> {
            requireCase(request.getCaseId());
            int index = indexOfVerdict(request.getVerdictId());
            if (request.getJustification().isBlank()) {
                throw invalid("A justification is required to override a verdict");
            }
            if (request.getJustification().length() > 4000) {
                throw invalid("The justification is longer than 4,000 characters");
            }
            if (request.getAnalyst().isBlank()) {
                throw invalid("The analyst is required");
            }
            Verdict before = file.getVerdicts(index);
            Verdict.Builder after = before.toBuilder();
            if (request.getOutcome() == Outcome.OUTCOME_UNSPECIFIED) {
                after.clearOverride().setEffectiveOutcome(before.getOutcome());
            } else {
                after.setOverride(VerdictOverride.newBuilder().setOutcome(request.getOutcome())
                                .setJustification(request.getJustification()).setAnalyst(request.getAnalyst())
                                .setOverriddenAt(Instant.now().toString()))
                        .setEffectiveOutcome(request.getOutcome());
            }
            Verdict v = after.build();
            file = file.toBuilder().setVerdicts(index, v).build();
            HISTORY.add(0, VerdictChange.newBuilder().setCaseId(request.getCaseId()).setMeasureId(v.getMeasureId())
                    .setMeasureTitle(v.getMeasureTitle()).setIncidentId(v.getIncidentId())
                    .setOldOutcome(effective(before)).setNewOutcome(v.getEffectiveOutcome())
                    .setOldConfidence(before.getConfidence()).setNewConfidence(v.getConfidence())
                    .setReason((request.getOutcome() == Outcome.OUTCOME_UNSPECIFIED ? "override withdrawn: " : "override: ")
                            + request.getJustification())
                    .setChangedAt(Instant.now().toString()).setChangedBy(request.getAnalyst()).build());
            return v;
        });
    }

    private static Outcome effective(Verdict v) {
        return v.getEffectiveOutcome() != Outcome.OUTCOME_UNSPECIFIED ? v.getEffectiveOutcome() : v.getOutcome();
    }

    private static int indexOfVerdict(String id) {
        for (int i = 0; i < file.getVerdictsCount(); i++) {
            if (file.getVerdicts(i).getId().equals(id)) {
                return i;
            }
        }
        throw Status.NOT_FOUND.withDescription("No verdict " + id + " in this case").asRuntimeException();
    }

    @Override
    public void getCaseHistory(GetCaseHistoryRequest request, StreamObserver<GetCaseHistoryResponse> out) {
        answer(out, () -> {
            requireCase(request.getCaseId());
            int limit = request.getLimit() <= 0 ? 100 : request.getLimit();
            int from = Math.min(Math.max(0, request.getOffset()), HISTORY.size());
            int to = Math.min(HISTORY.size(), from + limit);
            return GetCaseHistoryResponse.newBuilder().addAllChanges(HISTORY.subList(from, to))
                    .setTotal(HISTORY.size()).build();
        });
    }

    @Override
    public void dismissHit(DismissHitRequest request, StreamObserver<ScreeningHit> out) {
        answer(out, () -> {
            requireCase(request.getCaseId());
            if (request.getAnalyst().isBlank()) {
                throw invalid("The analyst is required");
            }
            if (request.getDismissed() && request.getReason().isBlank()) {
                throw invalid("A reason is required to dismiss a hit");
            }
            CaseFile.Builder f = file.toBuilder();
            for (int p = 0; p < f.getPartiesCount(); p++) {
                Party party = f.getParties(p);
                if (!party.getEntityId().equals(request.getPartyEntityId())) {
                    continue;
                }
                for (int h = 0; h < party.getHitsCount(); h++) {
                    ScreeningHit hit = party.getHits(h);
                    if (hit.getEntityId().equals(request.getHitEntityId())) {
                        ScreeningHit changed = request.getDismissed()
                                ? hit.toBuilder().setDismissal(HitDismissal.newBuilder().setAnalyst(request.getAnalyst())
                                        .setReason(request.getReason()).setDismissedAt(Instant.now().toString())).build()
                                : hit.toBuilder().clearDismissal().build();
                        f.setParties(p, party.toBuilder().setHits(h, changed));
                        file = f.build();
                        return changed;
                    }
                }
            }
            throw Status.NOT_FOUND.withDescription("No hit " + request.getHitEntityId() + " on party "
                    + request.getPartyEntityId()).asRuntimeException();
        });
    }
}
