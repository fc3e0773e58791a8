package dossier.sanctions.grpc;

import dossier.audit.v1.AuditServiceGrpc;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.MeasureServiceGrpc;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.support.testing.HostileInputSuite;
import dossier.support.testing.StoredRows;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of every RPC sanctions-service serves (cases, screening, measures, audit), at and
 * beyond its bound, malformed and not finite ({@link HostileInputSuite}): refused INVALID_ARGUMENT
 * within a second naming the field, nothing stored in any table, and the service answers normally
 * afterwards.
 */
@QuarkusTest
class EveryRpcHostileInputTest {

    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @Inject
    EntityManager em;

    @TestFactory
    Stream<DynamicNode> everyFieldOfEveryRpc() {
        return HostileInputSuite.of(cases.getChannel(), CaseServiceGrpc.getServiceDescriptor(),
                        ScreeningServiceGrpc.getServiceDescriptor(), MeasureServiceGrpc.getServiceDescriptor(),
                        AuditServiceGrpc.getServiceDescriptor())
                .storing(() -> StoredRows.of(em))
                .answering(() -> assertThat(cases.withDeadlineAfter(10, TimeUnit.SECONDS)
                        .listCases(ListCasesRequest.getDefaultInstance())).isNotNull())
                .tests();
    }
}
