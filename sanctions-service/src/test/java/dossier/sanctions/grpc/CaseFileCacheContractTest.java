package dossier.sanctions.grpc;

import dossier.sanctions.fakes.FakeEntityDirectory;
import dossier.sanctions.fakes.FakeSourceLibrary;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.DismissHitRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.ExportCaseFileRequest;
import dossier.sanctions.v1.ExportFormat;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.service.CaseFileAssembler;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.Source;
import dossier.support.testing.TestCaller;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dossier.sanctions.grpc.SanctionsGrpcContractTest.SMALL_UN;
import static dossier.sanctions.grpc.SanctionsGrpcContractTest.code;
import static dossier.sanctions.grpc.SanctionsGrpcContractTest.un;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assembled case file is kept until the case changes: a second read makes no call to
 * source-service or entity-service, and every kind of write is seen by the next read (an evaluation
 * keeps the file it makes from what it read, the other writes make the next read assemble it).
 */
@QuarkusTest
class CaseFileCacheContractTest {
    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;
    @GrpcClient("sanctions")
    ScreeningServiceGrpc.ScreeningServiceBlockingStub screening;
    @Inject
    FakeEntityDirectory entities;
    @Inject
    FakeSourceLibrary sources;
    @Inject
    CaseFileAssembler assembler;

    @AfterEach
    void up() {
        entities.down = false;
        sources.down = false;
    }

    /** An evaluated case of one source, its file read once (and so kept). */
    private GiftCase keptCase(String title) {
        screening.importList(un(SMALL_UN));
        Case c = cases.createCase(CreateCaseRequest.newBuilder().setTitle(title).build());
        GiftCase gift = new GiftCase(c.getId(), entities, sources).reported();
        cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(c.getId()).build());
        file(c.getId());
        return gift;
    }

    private CaseFile file(String caseId) {
        return cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(caseId).build());
    }

    private int remoteCalls() {
        return sources.calls.get() + entities.calls.get();
    }

    /** The file read after a write: assembled anew (it called source-service), not the kept one. */
    private CaseFile fileAssembledAnew(String caseId) {
        int before = sources.calls.get();
        CaseFile f = file(caseId);
        assertThat(sources.calls.get()).as("the write made the kept file be assembled again").isGreaterThan(before);
        return f;
    }

    /** The file read after an evaluation: kept by the evaluation from what it read, no remote call needed. */
    private CaseFile fileKeptByTheEvaluation(String caseId) {
        int before = remoteCalls();
        CaseFile f = file(caseId);
        assertThat(remoteCalls()).as("calls to source- and entity-service").isEqualTo(before);
        return f;
    }

    private CaseServiceGrpc.CaseServiceBlockingStub reviewer() {
        return cases.withInterceptors(TestCaller.signedInAs("rita", Set.of("reviewer")));
    }

    private static Verdict lux(CaseFile f) {
        return f.getVerdictsList().stream().filter(v -> v.getMeasureId().equals(GiftCase.LUX)).findFirst().orElseThrow();
    }

    @Test
    void theFileByReferenceIsTheSameFileWithEachEvidenceEntryOnce() {
        String id = keptCase("Cache: by reference").caseId();
        CaseFile inPlace = file(id);
        int before = remoteCalls();
        CaseFile byReference = cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(id).setEvidenceByReference(true).build());
        assertThat(remoteCalls()).as("the kept file serves both forms").isEqualTo(before);
        assertThat(inPlace.getEvidenceList()).isEmpty();
        assertThat(byReference.getEvidenceList()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(byReference.getVerdictsCount()).isEqualTo(inPlace.getVerdictsCount());
        int steps = 0;
        for (int v = 0; v < inPlace.getVerdictsCount(); v++) {
            for (int s = 0; s < inPlace.getVerdicts(v).getReasoningCount(); s++) {
                var expected = inPlace.getVerdicts(v).getReasoning(s);
                var referring = byReference.getVerdicts(v).getReasoning(s);
                assertThat(referring.getEvidenceList()).isEmpty();
                assertThat(referring.getEvidenceRefsList().stream().map(byReference::getEvidence).toList())
                        .isEqualTo(expected.getEvidenceList());
                assertThat(referring.toBuilder().clearEvidenceRefs().build()).isEqualTo(expected.toBuilder().clearEvidence().build());
                steps += expected.getEvidenceCount() > 0 ? 1 : 0;
            }
        }
        assertThat(steps).as("steps with evidence compared").isPositive();
        assertThat(byReference.toBuilder().clearVerdicts().clearEvidence().build()).isEqualTo(inPlace.toBuilder().clearVerdicts().build());
    }

    @Test
    void aSecondReadIsServedWithoutRemoteCalls() {
        String id = keptCase("Cache: second read").caseId();
        CaseFile first = file(id);
        int before = remoteCalls();
        CaseFile second = file(id);
        String markdown = cases.exportCaseFile(ExportCaseFileRequest.newBuilder().setCaseId(id).setFormat(ExportFormat.MARKDOWN)
                .build()).getContent().toStringUtf8();
        assertThat(remoteCalls()).as("calls to source- and entity-service").isEqualTo(before);
        assertThat(second).isEqualTo(first);
        assertThat(second.getSourcesList()).hasSize(1);
        assertThat(markdown).contains("Leader gives car");
    }

    @Test
    void whoMayReadIsCheckedOnEveryCallOfAKeptFile() {
        String id = keptCase("Cache: access").caseId();
        assertThat(code(() -> cases.withInterceptors(TestCaller.signedInAs("audrey", Set.of("auditor")))
                .getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(id).build()))).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(code(() -> TestCaller.anonymous(() -> file(id)))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(cases.withInterceptors(TestCaller.signedInAs("ivy", Set.of("integrator")))
                .getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(id).build()).getCase().getId()).isEqualTo(id);
    }

    @Test
    void anEditOfStatusOrAnalystIsSeenByTheNextRead() {
        String id = keptCase("Cache: edit").caseId();
        cases.updateCase(UpdateCaseRequest.newBuilder().setId(id).setStatus(CaseStatus.IN_REVIEW).setAssignedAnalyst("bob").build());
        CaseFile f = fileAssembledAnew(id);
        assertThat(f.getCase().getStatus()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(f.getCase().getAssignedAnalyst()).isEqualTo("bob");
    }

    @Test
    void aNoteIsSeenByTheNextRead() {
        String id = keptCase("Cache: notes").caseId();
        cases.updateCase(UpdateCaseRequest.newBuilder().setId(id).setNotes("Ask the registry").build());
        assertThat(fileAssembledAnew(id).getCase().getNotes()).isEqualTo("Ask the registry");
    }

    @Test
    void anEvaluationIsSeenByTheNextRead() {
        GiftCase gift = keptCase("Cache: evaluation");
        String id = gift.caseId();
        assertThat(lux(file(id)).getOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        gift.confirmed();
        cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(id).build());
        CaseFile f = fileKeptByTheEvaluation(id);
        assertThat(lux(f).getOutcome()).isEqualTo(Outcome.VIOLATION);
        assertThat(f.getSourcesList()).hasSize(2);
        assertThat(f.getHistoryList()).anySatisfy(h -> assertThat(h.getNewOutcome()).isEqualTo(Outcome.VIOLATION));
    }

    /**
     * What source-service does after an ingest: the source is stored (and acknowledged), then its
     * outbox asks for the evaluation. Until that evaluation is stored the kept file may lack the
     * source (README, "Case files under load"); from then on every read has it.
     */
    @Test
    void aSourceAddedIsInEveryReadOnceTheEvaluationItTriggeredIsStored() {
        GiftCase gift = keptCase("Cache: new source");
        String id = gift.caseId();
        Source third = Source.newBuilder().setId("s3-" + id).setCaseId(id).setTitle("A third report").build();
        sources.sources.put(id, List.of(gift.s1, third));
        assertThat(file(id).getSourcesList()).as("kept until the evaluation is stored").hasSize(1);
        cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(id).setReason("source 'A third report' added").setCaseOnly(true)
                .build());
        assertThat(fileKeptByTheEvaluation(id).getSourcesList()).extracting(Source::getTitle).contains("A third report");
        assertThat(file(id).getSourcesList()).hasSize(2);
    }

    @Test
    void anEvaluationKeepsItsFileOnlyForTheVersionItMade() {
        String id = keptCase("Cache: evaluation overtaken").caseId();
        cases.updateCase(UpdateCaseRequest.newBuilder().setId(id).setNotes("written after the evaluation").build());
        // an evaluation stored as version 1, overtaken by the edit: what it read is not kept for the edit's version
        assembler.keepEvaluated(id, 1, new CaseFileAssembler.SourceParts(List.of(), List.of(), ListConflictsResponse.getDefaultInstance()));
        CaseFile f = fileAssembledAnew(id);
        assertThat(f.getSourcesList()).hasSize(1);
        assertThat(f.getCase().getNotes()).isEqualTo("written after the evaluation");
    }

    @Test
    void anOverrideIsSeenByTheNextRead() {
        String id = keptCase("Cache: override").caseId();
        Verdict computed = lux(file(id));
        reviewer().overrideVerdict(OverrideVerdictRequest.newBuilder().setCaseId(id).setVerdictId(computed.getId())
                .setOutcome(Outcome.NO_VIOLATION).setJustification("a loan, per exhibit 4").build());
        assertThat(lux(fileAssembledAnew(id)).getEffectiveOutcome()).isEqualTo(Outcome.NO_VIOLATION);
    }

    @Test
    void aWithdrawnOverrideIsSeenByTheNextRead() {
        String id = keptCase("Cache: withdrawal").caseId();
        Verdict computed = lux(file(id));
        OverrideVerdictRequest.Builder override = OverrideVerdictRequest.newBuilder().setCaseId(id).setVerdictId(computed.getId())
                .setOutcome(Outcome.NO_VIOLATION).setJustification("a loan, per exhibit 4");
        reviewer().overrideVerdict(override.build());
        assertThat(lux(file(id)).getEffectiveOutcome()).isEqualTo(Outcome.NO_VIOLATION);
        reviewer().overrideVerdict(override.setOutcome(Outcome.OUTCOME_UNSPECIFIED).setJustification("the loan was a gift").build());
        Verdict back = lux(fileAssembledAnew(id));
        assertThat(back.hasOverride()).isFalse();
        assertThat(back.getEffectiveOutcome()).isEqualTo(computed.getOutcome());
    }

    @Test
    void aDismissedHitIsSeenByTheNextRead() {
        String id = keptCase("Cache: dismissal").caseId();
        dismiss(id, true);
        assertThat(recipientHit(fileAssembledAnew(id)).getDismissal().getReason()).isEqualTo("another person of that name");
    }

    @Test
    void aRestoredHitIsSeenByTheNextRead() {
        String id = keptCase("Cache: restoration").caseId();
        dismiss(id, true);
        assertThat(recipientHit(file(id)).hasDismissal()).isTrue();
        dismiss(id, false);
        assertThat(recipientHit(fileAssembledAnew(id)).hasDismissal()).isFalse();
    }

    private void dismiss(String caseId, boolean dismissed) {
        reviewer().dismissHit(DismissHitRequest.newBuilder().setCaseId(caseId).setPartyEntityId(GiftCase.RECIPIENT)
                .setHitEntityId(GiftCase.RECIPIENT).setDismissed(dismissed).setReason(dismissed ? "another person of that name" : "")
                .build());
    }

    private static ScreeningHit recipientHit(CaseFile f) {
        return f.getPartiesList().stream().filter(p -> p.getEntityId().equals(GiftCase.RECIPIENT)).findFirst().orElseThrow()
                .getHitsList().stream().filter(h -> h.getEntityId().equals(GiftCase.RECIPIENT)).findFirst().orElseThrow();
    }

    @Test
    void aFileAssembledWhileSourceServiceIsDownIsNotKept() {
        String id = keptCase("Cache: outage").caseId();
        cases.updateCase(UpdateCaseRequest.newBuilder().setId(id).setNotes("changed while source-service was down").build());
        sources.down = true;
        assertThat(file(id).getWarningsList()).anySatisfy(w -> assertThat(w).contains("source-service"));
        sources.down = false;
        CaseFile f = fileAssembledAnew(id);
        assertThat(f.getWarningsList()).isEmpty();
        assertThat(f.getSourcesList()).hasSize(1);
    }
}
