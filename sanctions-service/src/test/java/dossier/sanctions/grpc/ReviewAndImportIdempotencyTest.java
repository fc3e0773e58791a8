package dossier.sanctions.grpc;

import dossier.sanctions.fakes.FakeEntityDirectory;
import dossier.sanctions.fakes.FakeSourceLibrary;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.DismissHitRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ImportListResponse;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.sanctions.v1.Verdict;
import dossier.support.testing.Racing;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static dossier.sanctions.grpc.SanctionsGrpcContractTest.SMALL_UN;
import static dossier.sanctions.grpc.SanctionsGrpcContractTest.un;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * OverrideVerdict, DismissHit and ImportList with a client request id: a retry gets the first answer
 * and stores nothing (no history row, no import record, no audit entry); racing retries write once;
 * the id with another request is ALREADY_EXISTS; without an id every call writes as before.
 */
@QuarkusTest
class ReviewAndImportIdempotencyTest {
    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;
    @GrpcClient("sanctions")
    ScreeningServiceGrpc.ScreeningServiceBlockingStub screening;
    @Inject
    FakeEntityDirectory entities;
    @Inject
    FakeSourceLibrary sources;

    /** An evaluated gift case and the id of its luxury-goods verdict. */
    private String[] evaluatedCase(String title) {
        screening.importList(un(SMALL_UN));
        Case c = cases.createCase(CreateCaseRequest.newBuilder().setTitle(title).build());
        new GiftCase(c.getId(), entities, sources).reported();
        Verdict lux = cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(c.getId()).build()).getVerdictsList().stream()
                .filter(v -> v.getMeasureId().equals(GiftCase.LUX)).findFirst().orElseThrow();
        return new String[]{c.getId(), lux.getId()};
    }

    private static OverrideVerdictRequest override(String[] ids, Outcome outcome, String key) {
        return OverrideVerdictRequest.newBuilder().setCaseId(ids[0]).setVerdictId(ids[1]).setOutcome(outcome)
                .setJustification("A loan, per the contract in exhibit 4").setClientRequestId(key).build();
    }

    private static DismissHitRequest dismiss(String caseId, String reason, String key) {
        return DismissHitRequest.newBuilder().setCaseId(caseId).setPartyEntityId(GiftCase.RECIPIENT).setHitEntityId(GiftCase.RECIPIENT)
                .setReason(reason).setDismissed(true).setClientRequestId(key).build();
    }

    private static StatusRuntimeException refused(Runnable call) {
        return catchThrowableOfType(StatusRuntimeException.class, call::run);
    }

    @Test
    void anOverrideRetriedWithItsIdIsRecordedOnce() throws Exception {
        String[] ids = evaluatedCase("Idempotent override");
        String key = UUID.randomUUID().toString();
        Verdict first = cases.overrideVerdict(override(ids, Outcome.NO_VIOLATION, key));
        StoreCounts before = StoreCounts.now();
        assertThat(cases.overrideVerdict(override(ids, Outcome.NO_VIOLATION, key))).isEqualTo(first);
        assertThat(StoreCounts.now()).isEqualTo(before);

        StatusRuntimeException e = refused(() -> cases.overrideVerdict(override(ids, Outcome.VIOLATION, key)));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(e.getStatus().getDescription()).contains(key).contains("OverrideVerdict");
        assertThat(StoreCounts.now()).isEqualTo(before);

        // racing retries with a new id: one history row, one audit entry
        String raced = UUID.randomUUID().toString();
        Set<Verdict> answers = Racing.calls(6, () -> cases.overrideVerdict(override(ids, Outcome.POSSIBLE_VIOLATION, raced)));
        assertThat(answers).hasSize(1);
        assertThat(StoreCounts.now().verdictChanges()).isEqualTo(before.verdictChanges() + 1);
        assertThat(StoreCounts.now().audit()).isEqualTo(before.audit() + 1);

        // no id: every call is recorded, as before
        StoreCounts plain = StoreCounts.now();
        cases.overrideVerdict(override(ids, Outcome.POSSIBLE_VIOLATION, ""));
        cases.overrideVerdict(override(ids, Outcome.POSSIBLE_VIOLATION, ""));
        assertThat(StoreCounts.now().verdictChanges()).isEqualTo(plain.verdictChanges() + 2);
        assertThat(StoreCounts.now().audit()).isEqualTo(plain.audit() + 2);
        assertThat(StoreCounts.now().clientRequests()).isEqualTo(plain.clientRequests());
    }

    @Test
    void aDismissalRetriedWithItsIdIsRecordedOnce() throws Exception {
        String caseId = evaluatedCase("Idempotent dismissal")[0];
        String key = UUID.randomUUID().toString();
        ScreeningHit first = cases.dismissHit(dismiss(caseId, "born 1961, not 1984", key));
        StoreCounts before = StoreCounts.now();
        assertThat(cases.dismissHit(dismiss(caseId, "born 1961, not 1984", key))).isEqualTo(first);
        assertThat(StoreCounts.now()).isEqualTo(before);

        StatusRuntimeException e = refused(() -> cases.dismissHit(dismiss(caseId, "another reason", key)));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(e.getStatus().getDescription()).contains(key).doesNotContain("another reason");
        assertThat(StoreCounts.now()).isEqualTo(before);

        String raced = UUID.randomUUID().toString();
        assertThat(Racing.calls(6, () -> cases.dismissHit(dismiss(caseId, "namesake", raced)))).hasSize(1);
        assertThat(StoreCounts.now().audit()).isEqualTo(before.audit() + 1);

        StoreCounts plain = StoreCounts.now();
        cases.dismissHit(dismiss(caseId, "namesake", ""));
        assertThat(StoreCounts.now().audit()).isEqualTo(plain.audit() + 1);
    }

    @Test
    void anImportRetriedWithItsIdIsRecordedOnce() throws Exception {
        screening.importList(un(SMALL_UN));
        String key = UUID.randomUUID().toString();
        ImportListRequest req = un(SMALL_UN).toBuilder().setClientRequestId(key).build();
        ImportListResponse first = screening.importList(req);
        StoreCounts before = StoreCounts.now();
        assertThat(screening.importList(req)).isEqualTo(first);
        assertThat(StoreCounts.now()).isEqualTo(before);

        StatusRuntimeException e = refused(() -> screening.importList(req.toBuilder().setForce(true).setReason("checked by hand").build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(e.getStatus().getDescription()).contains(key).contains("ImportList");
        assertThat(StoreCounts.now()).isEqualTo(before);

        ImportListRequest raced = req.toBuilder().setClientRequestId(UUID.randomUUID().toString()).build();
        assertThat(Racing.calls(4, () -> screening.importList(raced))).hasSize(1);
        assertThat(StoreCounts.now().imports()).isEqualTo(before.imports() + 1);
        assertThat(StoreCounts.now().audit()).isEqualTo(before.audit() + 1);

        // a dry run keeps no id; without an id every import is recorded, as before
        StoreCounts plain = StoreCounts.now();
        screening.importList(req.toBuilder().setClientRequestId(UUID.randomUUID().toString()).setDryRun(true).build());
        assertThat(StoreCounts.now()).isEqualTo(plain);
        screening.importList(un(SMALL_UN));
        assertThat(StoreCounts.now().imports()).isEqualTo(plain.imports() + 1);
    }
}
