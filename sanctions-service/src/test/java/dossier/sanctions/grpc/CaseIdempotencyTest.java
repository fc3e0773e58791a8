package dossier.sanctions.grpc;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.ListCasesRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** CreateCase with a client request id: a retry returns the first case and creates nothing. */
@QuarkusTest
class CaseIdempotencyTest {

    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;

    private long caseCount() {
        return cases.listCases(ListCasesRequest.newBuilder().setLimit(1000).build()).getTotal();
    }

    private CreateCaseRequest create(String title, String key) {
        return CreateCaseRequest.newBuilder().setTitle(title).setClientRequestId(key).build();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstCase() {
        String key = UUID.randomUUID().toString();
        Case first = cases.createCase(create("Retried matter", key));
        long count = caseCount();
        Case retry = cases.createCase(create("Retried matter", key));
        assertThat(retry.getId()).isEqualTo(first.getId());
        assertThat(caseCount()).isEqualTo(count);
        // another key, or none, is another case
        assertThat(cases.createCase(create("Retried matter", UUID.randomUUID().toString())).getId()).isNotEqualTo(first.getId());
        assertThat(cases.createCase(create("Retried matter", "")).getId()).isNotEqualTo(first.getId());
    }

    @Test
    void retriesRacingEachOtherMakeOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> cases.createCase(create("Raced matter", key)).getId());
            }
            Set<String> ids = new java.util.HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOverlongKeyIsRefused() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> cases.createCase(create("Matter", "k".repeat(129))));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(e.getStatus().getDescription()).contains("client_request_id");
    }
}
