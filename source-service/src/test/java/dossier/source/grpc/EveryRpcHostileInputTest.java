package dossier.source.grpc;

import com.mongodb.client.MongoDatabase;
import dossier.audit.v1.AuditServiceGrpc;
import dossier.source.v1.SearchSourcesRequest;
import dossier.source.v1.SourceServiceGrpc;
import dossier.support.testing.HostileInputSuite;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of every RPC source-service serves, at and beyond its bound, malformed and not finite
 * ({@link HostileInputSuite}): refused INVALID_ARGUMENT within a second naming the field, no
 * document added to any collection, and the service answers normally afterwards.
 */
@QuarkusTest
class EveryRpcHostileInputTest {

    @GrpcClient("source")
    SourceServiceGrpc.SourceServiceBlockingStub source;

    @Inject
    MongoDatabase db;

    /** Collection → documents: sources, case members, audit entries, client requests, the outbox ... */
    private Map<String, Long> documents() {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : db.listCollectionNames()) {
            counts.put(name, db.getCollection(name).countDocuments());
        }
        return counts;
    }

    @TestFactory
    Stream<DynamicNode> everyFieldOfEveryRpc() {
        return HostileInputSuite.of(source.getChannel(), SourceServiceGrpc.getServiceDescriptor(), AuditServiceGrpc.getServiceDescriptor())
                .storing(this::documents)
                .answering(() -> assertThat(source.withDeadlineAfter(10, TimeUnit.SECONDS)
                        .searchSources(SearchSourcesRequest.newBuilder().setQuery("limousine").build())).isNotNull())
                .tests();
    }
}
