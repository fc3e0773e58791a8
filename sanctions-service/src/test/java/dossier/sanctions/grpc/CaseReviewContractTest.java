package dossier.sanctions.grpc;

import com.google.protobuf.util.JsonFormat;
import dossier.sanctions.export.CaseFilePdfTest;
import dossier.sanctions.fakes.FakeEntityDirectory;
import dossier.sanctions.fakes.FakeSourceLibrary;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
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
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictChange;
import dossier.support.testing.TestCaller;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dossier.sanctions.grpc.SanctionsGrpcContractTest.SMALL_UN;
import static dossier.sanctions.grpc.SanctionsGrpcContractTest.code;
import static dossier.sanctions.grpc.SanctionsGrpcContractTest.un;
import static org.assertj.core.api.Assertions.assertThat;

/** Notes, verdict overrides, dismissed hits and the case history through the gRPC API. */
@QuarkusTest
class CaseReviewContractTest {
    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;
    @GrpcClient("sanctions")
    ScreeningServiceGrpc.ScreeningServiceBlockingStub screening;
    @Inject
    FakeEntityDirectory entities;
    @Inject
    FakeSourceLibrary sources;

    @AfterEach
    void reset() {
        entities.down = false;
        sources.down = false;
        sources.delayMillis = 0;
    }

    private GiftCase newCase(String title) {
        screening.importList(un(SMALL_UN));
        Case c = cases.createCase(CreateCaseRequest.newBuilder().setTitle(title).build());
        return new GiftCase(c.getId(), entities, sources);
    }

    private EvaluateCaseResponse evaluate(String caseId, String reason) {
        return cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(caseId).setReason(reason).build());
    }

    private CaseFile file(String caseId) {
        return cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(caseId).build());
    }

    private static Verdict lux(List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> v.getMeasureId().equals(GiftCase.LUX)).findFirst().orElseThrow();
    }

    /** The case service as reviewer {@code user} (the token names who acts, not the request's analyst field). */
    private CaseServiceGrpc.CaseServiceBlockingStub as(String user) {
        return cases.withInterceptors(TestCaller.signedInAs(user, Set.of("reviewer")));
    }

    private static OverrideVerdictRequest.Builder override(String caseId, String verdictId, Outcome outcome) {
        return OverrideVerdictRequest.newBuilder().setCaseId(caseId).setVerdictId(verdictId).setOutcome(outcome)
                .setJustification("The item was a loan, per the contract in exhibit 4").setAnalyst("ana");
    }

    @Test
    void notesAreSetKeptWhenAbsentClearedAndLimited() {
        Case c = cases.createCase(CreateCaseRequest.newBuilder().setTitle("Notes case").build());
        Case noted = cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setNotes("Ask the registry.\nSecond line").build());
        assertThat(noted.getNotes()).isEqualTo("Ask the registry.\nSecond line");
        Case other = cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setAssignedAnalyst("bob").build());
        assertThat(other.getNotes()).isEqualTo("Ask the registry.\nSecond line");
        assertThat(cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setNotes("").build()).getNotes()).isEmpty();
        assertThat(code(() -> cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setNotes("x".repeat(20_001)).build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> cases.updateCase(UpdateCaseRequest.newBuilder().setId("no-such-case").setNotes("n").build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(file(c.getId()).getCase().getNotes()).isEmpty();
    }

    @Test
    void anOverrideStandsBesideTheComputedVerdictSurvivesReEvaluationAndCanBeWithdrawn() {
        GiftCase gift = newCase("Override case").reported();
        String id = gift.caseId();
        Verdict computed = lux(evaluate(id, "").getVerdictsList());
        assertThat(computed.getOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(computed.getEffectiveOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(computed.hasOverride()).isFalse();

        Verdict overridden = as("ana").overrideVerdict(override(id, computed.getId(), Outcome.NO_VIOLATION).build());
        assertThat(overridden.getOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(overridden.getEffectiveOutcome()).isEqualTo(Outcome.NO_VIOLATION);
        assertThat(overridden.getOverride().getAnalyst()).isEqualTo("ana");
        assertThat(overridden.getOverride().getJustification()).contains("exhibit 4");
        assertThat(overridden.getOverride().getOverriddenAt()).isNotEmpty();
        assertThat(lux(file(id).getVerdictsList()).getEffectiveOutcome()).isEqualTo(Outcome.NO_VIOLATION);

        // New evidence moves the computed outcome; the analyst's outcome stays and the history says so.
        gift.confirmed();
        Verdict after = lux(evaluate(id, "source 'Spokesman confirms' added").getVerdictsList());
        assertThat(after.getOutcome()).isEqualTo(Outcome.VIOLATION);
        assertThat(after.getEffectiveOutcome()).isEqualTo(Outcome.NO_VIOLATION);
        assertThat(after.getOverride().getAnalyst()).isEqualTo("ana");
        GetCaseHistoryResponse history = cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).build());
        assertThat(history.getChangesList()).filteredOn(h -> h.getMeasureId().equals(GiftCase.LUX)).first().satisfies(h -> {
            assertThat(h.getChangedBy()).isEqualTo("evaluation");
            assertThat(h.getOldOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
            assertThat(h.getNewOutcome()).isEqualTo(Outcome.VIOLATION);
            assertThat(h.getReason()).startsWith("source 'Spokesman confirms' added").contains("under the analyst's override");
        });
        assertThat(history.getChangesList()).anySatisfy(h -> {
            assertThat(h.getChangedBy()).isEqualTo("ana");
            assertThat(h.getReason()).contains("exhibit 4");
            assertThat(h.getOldOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
            assertThat(h.getNewOutcome()).isEqualTo(Outcome.NO_VIOLATION);
            assertThat(h.getMeasureTitle()).isNotBlank();
        });

        Verdict withdrawn = as("bob").overrideVerdict(override(id, computed.getId(), Outcome.OUTCOME_UNSPECIFIED)
                .setJustification("Contract turned out to be forged").build());
        assertThat(withdrawn.hasOverride()).isFalse();
        assertThat(withdrawn.getEffectiveOutcome()).isEqualTo(Outcome.VIOLATION);
        assertThat(lux(file(id).getVerdictsList()).hasOverride()).isFalse();
        VerdictChange last = cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).setLimit(1).build()).getChanges(0);
        assertThat(last.getChangedBy()).isEqualTo("bob");
        assertThat(last.getReason()).contains("withdrawn").contains("forged");
        assertThat(last.getOldOutcome()).isEqualTo(Outcome.NO_VIOLATION);
        assertThat(last.getNewOutcome()).isEqualTo(Outcome.VIOLATION);
    }

    @Test
    void overridesAreValidated() {
        GiftCase gift = newCase("Override validation").reported();
        String id = gift.caseId();
        String verdictId = lux(evaluate(id, "").getVerdictsList()).getId();
        assertThat(code(() -> as("ana").overrideVerdict(override(id, verdictId, Outcome.NO_VIOLATION).setJustification("  ").build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> as("ana").overrideVerdict(override(id, verdictId, Outcome.NO_VIOLATION)
                .setJustification("j".repeat(4001)).build()))).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> as("ana").overrideVerdict(override("no-such-case", verdictId, Outcome.NO_VIOLATION).build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(code(() -> as("ana").overrideVerdict(override(id, "inc-nope:" + GiftCase.LUX, Outcome.NO_VIOLATION).build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        // Nothing was written by the refused requests.
        assertThat(cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).build()).getChangesList())
                .allSatisfy(h -> assertThat(h.getChangedBy()).isEqualTo("evaluation"));
        assertThat(lux(file(id).getVerdictsList()).hasOverride()).isFalse();
    }

    @Test
    void aCaseOfHundredsOfSourcesIsEvaluatedAndItsChangesExplained() {
        GiftCase gift = newCase("Archive case").reported();
        String id = gift.caseId();
        List<dossier.source.v1.Source> many = new ArrayList<>(sources.sources.get(id));
        for (int i = 0; i < 500; i++) {
            many.add(dossier.source.v1.Source.newBuilder().setId(java.util.UUID.randomUUID().toString()).setCaseId(id)
                    .setTitle("Customs records show another shipment of luxury vehicles, report " + i).build());
        }
        sources.sources.put(id, many);
        assertThat(evaluate(id, "").getCase().getEvaluatedAt()).isNotEmpty();
        gift.confirmed(); // the case now holds the first source and a new one: 500 gone, one added
        // as source-service asks after an ingest: the case alone comes back, the results are stored
        EvaluateCaseResponse caseOnly = cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(id).setCaseOnly(true).build());
        assertThat(caseOnly.getCase().getId()).isEqualTo(id);
        assertThat(caseOnly.getIncidentsCount() + caseOnly.getVerdictsCount()).isZero();
        assertThat(lux(file(id).getVerdictsList()).getOutcome()).isEqualTo(Outcome.VIOLATION);
        VerdictChange newest = cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).build()).getChanges(0);
        assertThat(newest.getReason()).startsWith("evaluation requested: source 'Spokesman confirms' added; source 'Customs records")
                .contains("' removed");
        assertThat(cases.getCase(dossier.sanctions.v1.GetCaseRequest.newBuilder().setId(id).build()).getEvaluatedAt()).isNotEmpty();
    }

    @Test
    void historyIsPagedNewestFirstWithReasonsAndTitles() {
        GiftCase gift = newCase("History case").reported();
        String id = gift.caseId();
        int verdicts = evaluate(id, "").getVerdictsCount();
        gift.confirmed();
        evaluate(id, "source 'Spokesman confirms' added");
        GetCaseHistoryResponse all = cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).build());
        assertThat(all.getTotal()).isEqualTo(all.getChangesCount()).isGreaterThan(verdicts);
        List<String> times = all.getChangesList().stream().map(VerdictChange::getChangedAt).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.getChangesList()).allSatisfy(h -> {
            assertThat(h.getMeasureTitle()).isNotBlank();
            assertThat(h.getChangedBy()).isEqualTo("evaluation");
        });
        // The first evaluation: one entry per verdict, with the default reason.
        assertThat(all.getChangesList()).filteredOn(h -> h.getOldOutcome() == Outcome.OUTCOME_UNSPECIFIED).hasSize(verdicts)
                .allSatisfy(h -> assertThat(h.getReason()).isEqualTo("evaluation requested: first evaluation (1 source(s))"));
        assertThat(all.getChanges(0).getReason()).isEqualTo("source 'Spokesman confirms' added");

        GetCaseHistoryResponse page = cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).setLimit(2).setOffset(1).build());
        assertThat(page.getTotal()).isEqualTo(all.getTotal());
        assertThat(page.getChangesList()).containsExactly(all.getChanges(1), all.getChanges(2));
        assertThat(file(id).getHistoryList()).isEqualTo(all.getChangesList());

        assertThat(code(() -> cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId("no-such-case").build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(code(() -> cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).setLimit(-1).build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void historyPagesByTokenWithoutLossOrRepeat() {
        GiftCase gift = newCase("History token case").reported();
        String id = gift.caseId();
        evaluate(id, "");
        gift.confirmed();
        evaluate(id, "source added");
        GetCaseHistoryResponse all = cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).setPageSize(1000).build());
        assertThat(all.getChangesCount()).isGreaterThan(2);
        assertThat(all.getNextPageToken()).isEmpty();
        List<VerdictChange> paged = new java.util.ArrayList<>();
        String token = "";
        do {
            GetCaseHistoryResponse page = cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id)
                    .setPageSize(2).setPageToken(token).build());
            assertThat(page.getChangesCount()).isBetween(1, 2);
            assertThat(page.getTotal()).isEqualTo(all.getTotal());
            paged.addAll(page.getChangesList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(paged).containsExactlyElementsOf(all.getChangesList());

        String second = cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).setPageSize(1).build()).getNextPageToken();
        assertThat(second).isNotEmpty();
        assertThat(code(() -> cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).setPageToken("nonsense").build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        String other = newCase("Other history case").reported().caseId();
        assertThat(code(() -> cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(other).setPageToken(second).build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> cases.getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(id).setPageSize(1001).build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void concurrentEvaluationsOfOneCaseRunOneAtATime() throws Exception {
        GiftCase gift = newCase("Concurrent case").confirmed();
        String id = gift.caseId();
        sources.delayMillis = 150;
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<EvaluateCaseResponse>> runs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String reason = "run " + i;
                runs.add(pool.submit(() -> evaluate(id, reason)));
            }
            Set<String> evaluatedAt = new HashSet<>();
            for (Future<EvaluateCaseResponse> f : runs) {
                evaluatedAt.add(f.get().getCase().getEvaluatedAt());
            }
            assertThat(evaluatedAt).as("every evaluation ran and stored its own result").hasSize(n);
        } finally {
            pool.shutdownNow();
        }
        CaseFile file = file(id);
        int verdicts = file.getVerdictsCount();
        assertThat(verdicts).isPositive();
        assertThat(file.getVerdictsList().stream().map(Verdict::getId).distinct().count()).isEqualTo(verdicts);
        // One evaluation created the verdicts; the others found them unchanged: no duplicate, none lost.
        assertThat(file.getHistoryList()).hasSize(verdicts)
                .allSatisfy(h -> assertThat(h.getOldOutcome()).isEqualTo(Outcome.OUTCOME_UNSPECIFIED));
    }

    @Test
    void aDismissedHitStaysDismissedThroughReEvaluationAndCanBeRestored() {
        GiftCase gift = newCase("Dismissal case").reported();
        String id = gift.caseId();
        DismissHitRequest.Builder dismiss = DismissHitRequest.newBuilder().setCaseId(id).setPartyEntityId(GiftCase.RECIPIENT)
                .setHitEntityId(GiftCase.RECIPIENT).setAnalyst("ana").setReason("Different person: born 1961, not 1984").setDismissed(true);
        assertThat(code(() -> cases.dismissHit(dismiss.build()))).as("not evaluated yet").isEqualTo(Status.Code.FAILED_PRECONDITION);
        evaluate(id, "");

        ScreeningHit dismissed = as("ana").dismissHit(dismiss.build());
        assertThat(dismissed.getReference()).isEqualTo("KPi.901");
        assertThat(dismissed.getDismissal().getAnalyst()).isEqualTo("ana");
        assertThat(dismissed.getDismissal().getReason()).contains("born 1961");
        assertThat(dismissed.getDismissal().getDismissedAt()).isNotEmpty();
        assertThat(recipientHit(file(id)).getDismissal().getReason()).contains("born 1961");

        gift.confirmed();
        evaluate(id, "");
        assertThat(recipientHit(file(id)).getDismissal().getAnalyst()).isEqualTo("ana");

        ScreeningHit restored = as("bob").dismissHit(dismiss.setDismissed(false).setReason("").build());
        assertThat(restored.hasDismissal()).isFalse();
        assertThat(recipientHit(file(id)).hasDismissal()).isFalse();
    }

    @Test
    void dismissalsAreValidated() {
        GiftCase gift = newCase("Dismissal validation").reported();
        String id = gift.caseId();
        evaluate(id, "");
        DismissHitRequest ok = DismissHitRequest.newBuilder().setCaseId(id).setPartyEntityId(GiftCase.RECIPIENT)
                .setHitEntityId(GiftCase.RECIPIENT).setAnalyst("ana").setReason("not the same person").setDismissed(true).build();
        assertThat(code(() -> cases.dismissHit(ok.toBuilder().setReason("").build()))).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> cases.dismissHit(ok.toBuilder().setCaseId("no-such-case").build()))).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(code(() -> cases.dismissHit(ok.toBuilder().setPartyEntityId("nobody").build()))).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(code(() -> cases.dismissHit(ok.toBuilder().setPartyEntityId(GiftCase.GIVER).build())))
                .as("a hit the party does not have").isEqualTo(Status.Code.NOT_FOUND);
        assertThat(recipientHit(file(id)).hasDismissal()).isFalse();
        // a blank analyst field is no refusal: the token names who dismisses
        assertThat(as("ana").dismissHit(ok.toBuilder().setAnalyst(" ").build()).getDismissal().getAnalyst()).isEqualTo("ana");
    }

    @Test
    void exportsShowOverridesDismissalsAndHistory() throws Exception {
        GiftCase gift = newCase("Export case").reported();
        String id = gift.caseId();
        Verdict computed = lux(evaluate(id, "").getVerdictsList());
        as("ana").overrideVerdict(override(id, computed.getId(), Outcome.POSSIBLE_VIOLATION).build());
        as("carla").dismissHit(DismissHitRequest.newBuilder().setCaseId(id).setPartyEntityId(GiftCase.RECIPIENT)
                .setHitEntityId(GiftCase.RECIPIENT).setReason("namesake").setDismissed(true).build());

        ExportCaseFileResponse pdf = export(id, ExportFormat.PDF);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getFilename()).startsWith("case-export-case-").endsWith(".pdf");
        String text = CaseFilePdfTest.text(pdf.getContent().toByteArray());
        assertThat(text).contains("Export case").contains("POSSIBLE_VIOLATION (analyst's override; computed: LIKELY_VIOLATION")
                .contains("exhibit 4").contains("S/RES/2094").contains("[S1] \"Ivan Example gave Testa Persona a limousine\"")
                .contains("KPi.901").contains("dismissed by carla").contains("namesake")
                .contains("History of the verdicts").contains("1. Leader gives car");

        String md = export(id, ExportFormat.MARKDOWN).getContent().toStringUtf8();
        assertThat(md).contains("analyst's override; computed: LIKELY_VIOLATION").contains("dismissed by carla")
                .contains("by ana (override: The item was a loan");

        CaseFile.Builder parsed = CaseFile.newBuilder();
        JsonFormat.parser().merge(export(id, ExportFormat.JSON).getContent().toStringUtf8(), parsed);
        assertThat(lux(parsed.getVerdictsList()).getOverride().getAnalyst()).isEqualTo("ana");
        assertThat(lux(parsed.getVerdictsList()).getEffectiveOutcome()).isEqualTo(Outcome.POSSIBLE_VIOLATION);
        assertThat(recipientHit(parsed.build()).getDismissal().getAnalyst()).isEqualTo("carla");
        assertThat(parsed.getHistoryList()).anySatisfy(h -> assertThat(h.getChangedBy()).isEqualTo("ana"));
    }

    private ExportCaseFileResponse export(String caseId, ExportFormat format) {
        return cases.exportCaseFile(ExportCaseFileRequest.newBuilder().setCaseId(caseId).setFormat(format).build());
    }

    private static ScreeningHit recipientHit(CaseFile file) {
        Party p = file.getPartiesList().stream().filter(x -> x.getEntityId().equals(GiftCase.RECIPIENT)).findFirst().orElseThrow();
        return p.getHitsList().stream().filter(h -> h.getEntityId().equals(GiftCase.RECIPIENT)).findFirst().orElseThrow();
    }
}
