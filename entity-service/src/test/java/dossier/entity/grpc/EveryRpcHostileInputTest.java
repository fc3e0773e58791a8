package dossier.entity.grpc;

import dossier.audit.v1.AuditServiceGrpc;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.SearchEntitiesRequest;
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
 * Every field of every RPC entity-service serves, at and beyond its bound, malformed and not finite
 * ({@link HostileInputSuite}): refused INVALID_ARGUMENT within a second naming the field, nothing
 * stored in any table, and the service answers normally afterwards.
 */
@QuarkusTest
class EveryRpcHostileInputTest {

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub entities;

    @Inject
    EntityManager em;

    @TestFactory
    Stream<DynamicNode> everyFieldOfEveryRpc() {
        return HostileInputSuite.of(entities.getChannel(), EntityServiceGrpc.getServiceDescriptor(), AuditServiceGrpc.getServiceDescriptor())
                .storing(() -> StoredRows.of(em))
                .answering(() -> assertThat(entities.withDeadlineAfter(10, TimeUnit.SECONDS)
                        .searchEntities(SearchEntitiesRequest.newBuilder().setQuery("Kim").build())).isNotNull())
                .tests();
    }
}
