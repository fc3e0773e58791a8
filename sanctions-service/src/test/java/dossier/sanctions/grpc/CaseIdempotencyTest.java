package dossier.sanctions.grpc;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.support.testing.Racing;
import dossier.support.testing.TestCaller;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** CreateCase with a client request id: a retry returns the first case and creates nothing. */
@QuarkusTest
class CaseIdempotencyTest {

    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;

    private CreateCaseRequest create(String title, String key) {
        return CreateCaseRequest.newBuilder().setTitle(title).setClientRequestId(key).build();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstCaseAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        Case first = cases.createCase(create("Retried matter", key));
        StoreCounts before = StoreCounts.now();
        Case retry = cases.createCase(create("Retried matter", "  " + key + " "));
        assertThat(retry).isEqualTo(first);
        assertThat(StoreCounts.now()).isEqualTo(before);
        // another key, or none, is another case
        assertThat(cases.createCase(create("Retried matter", UUID.randomUUID().toString())).getId()).isNotEqualTo(first.getId());
        assertThat(cases.createCase(create("Retried matter", "")).getId()).isNotEqualTo(first.getId());
        assertThat(StoreCounts.now().cases()).isEqualTo(before.cases() + 2);
        assertThat(StoreCounts.now().audit()).isEqualTo(before.audit() + 2);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedNamingTheKey() {
        String key = "order-" + UUID.randomUUID();
        cases.createCase(create("First title", key));
        StoreCounts before = StoreCounts.now();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> cases.createCase(create("Other title", key)));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(e.getStatus().getDescription()).contains("client_request_id '" + key + "'").contains("CreateCase")
                .doesNotContain("Other title");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        Case mine = cases.createCase(create("Shared key", key));
        Case theirs = cases.withInterceptors(TestCaller.signedInAs("someone-else", Set.of("analyst"))).createCase(create("Shared key", key));
        assertThat(theirs.getId()).isNotEqualTo(mine.getId());
    }

    @Test
    void retriesRacingEachOtherMakeOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        StoreCounts before = StoreCounts.now();
        Set<Case> answers = Racing.calls(8, () -> cases.createCase(create("Raced matter", key)));
        assertThat(answers).hasSize(1);
        assertThat(StoreCounts.now().cases()).isEqualTo(before.cases() + 1);
        assertThat(StoreCounts.now().audit()).isEqualTo(before.audit() + 1);
        assertThat(StoreCounts.now().clientRequests()).isEqualTo(before.clientRequests() + 1);
    }

    @Test
    void anOverlongKeyIsRefused() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> cases.createCase(create("Matter", "k".repeat(129))));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(e.getStatus().getDescription()).contains("client_request_id");
    }
}
